"""First names and surnames by naming tradition; ``world.py`` says which one a country uses.

A surname written ``male/female`` takes the form that matches the first name (Polish,
Czech, Baltic, East Slavic and Greek surnames change with gender). A name written
``Latin|native`` is shown in its native script for some members.
"""


def _words(text):
    return tuple(word.strip() for word in text.split(",") if word.strip())


def _bank(female, male, surnames):
    return {"female": _words(female), "male": _words(male), "surnames": _words(surnames)}


NAME_BANKS = {
    "pl": _bank(
        "Anna, Katarzyna, Małgorzata, Agnieszka, Joanna, Magdalena, Aleksandra, Monika, "
        "Natalia, Zuzanna, Karolina, Justyna, Weronika, Łucja, Dominika, Ewa",
        "Piotr, Tomasz, Paweł, Krzysztof, Michał, Łukasz, Marcin, Jakub, Grzegorz, "
        "Wojciech, Bartosz, Mateusz, Kamil, Rafał, Szymon, Adam",
        "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, "
        "Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Woźniak, "
        "Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Mazur, Krawczyk, Jabłoński/Jabłońska, "
        "Wróbel, Stępień, Sikora, Błaszczyk, Żak, Król",
    ),
    "de": _bank(
        "Anna, Julia, Laura, Katharina, Lena, Lisa, Sophie, Miriam, Franziska, Jana, "
        "Sabine, Stefanie, Jülide, Leonie",
        "Lukas, Jonas, Maximilian, Felix, Tobias, Sebastian, Florian, Jan, Stefan, "
        "Michael, Daniel, Jürgen, Moritz, Niklas",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
        "Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, "
        "Schwarz, Zimmermann, Krüger, Hartmann, Yılmaz, Öztürk",
    ),
    "en_gb": _bank(
        "Emma, Olivia, Charlotte, Sophie, Hannah, Lucy, Amelia, Grace, Chloe, Rebecca, "
        "Priya, Aisha, Niamh, Siobhan",
        "James, Oliver, Harry, Tom, Jack, George, Daniel, Sam, Matthew, Ravi, Callum, "
        "Ben, Liam, Conor",
        "Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, "
        "Wright, Hughes, Patel, Khan, Clarke, Hall, Green, Murphy, Kelly, O'Brien, "
        "Campbell, Murray",
    ),
    "en_us": _bank(
        "Emily, Madison, Ashley, Jessica, Sarah, Megan, Lauren, Rachel, Maria, Jasmine, "
        "Nicole, Kayla, Brianna, Mei",
        "Michael, Christopher, Joshua, Matthew, Andrew, Tyler, Brandon, Justin, Kevin, "
        "Jose, Marcus, Ethan, Ryan, Wei",
        "Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, "
        "Anderson, Taylor, Thomas, Moore, Jackson, Lee, Nguyen, Kim, Robinson, Clark, "
        "Lewis, Walker, Young",
    ),
    "es": _bank(
        "María, Lucía, Paula, Laura, Marta, Carmen, Sofía, Valentina, Camila, Daniela, "
        "Alejandra, Ana, Isabel, Elena",
        "José, Antonio, Manuel, David, Javier, Daniel, Carlos, Alejandro, Pablo, Diego, "
        "Santiago, Mateo, Andrés, Sergio",
        "García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, "
        "Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Torres, "
        "Ramírez, Castillo, Vargas",
    ),
    "pt": _bank(
        "Ana, Beatriz, Mariana, Juliana, Camila, Fernanda, Larissa, Inês, Carolina, "
        "Gabriela, Letícia, Joana",
        "João, Pedro, Lucas, Gabriel, Rafael, Bruno, Tiago, Gonçalo, Felipe, Rodrigo, "
        "Thiago, André",
        "Silva, Santos, Oliveira, Souza, Pereira, Costa, Rodrigues, Almeida, Nascimento, "
        "Lima, Araújo, Ferreira, Carvalho, Gomes, Martins, Rocha, Ribeiro, Conceição",
    ),
    "fr": _bank(
        "Camille, Léa, Manon, Chloé, Emma, Inès, Julie, Sarah, Clémence, Élodie, Aminata, "
        "Fatou, Mélanie",
        "Thomas, Nicolas, Julien, Maxime, Antoine, Lucas, Hugo, Mathieu, Romain, "
        "Guillaume, Mamadou, Karim, Étienne",
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, "
        "Simon, Laurent, Lefèvre, Michel, Garcia, Fontaine, Diallo, Traoré, Benali",
    ),
    "it": _bank(
        "Giulia, Francesca, Chiara, Sara, Martina, Valentina, Alessia, Elisa, Federica, Silvia",
        "Marco, Luca, Alessandro, Andrea, Matteo, Francesco, Lorenzo, Davide, Simone, Giorgio",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
        "Bruno, Gallo, Conti, De Luca, Mancini",
    ),
    "nl": _bank(
        "Emma, Sanne, Lisa, Anouk, Fleur, Eva, Lotte, Femke, Noor, Sophie, Marloes",
        "Daan, Sem, Bram, Thijs, Jeroen, Ruben, Lars, Niels, Pieter, Joost, Wouter",
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssens, Visser, "
        "Smit, Meijer, de Boer, Mulder, Peeters, Maes, Willems, Bos, Vos",
    ),
    "he": _bank(
        "Noa|נועה, Tamar|תמר, Maya|מאיה, Yael|יעל, Shira|שירה, Michal|מיכל, Noga|נוגה, "
        "Adi|עדי, Hila|הילה, Roni|רוני",
        "Yonatan|יונתן, Itai|איתי, Omer|עומר, Daniel|דניאל, Amit|עמית, Noam|נועם, "
        "Eitan|איתן, Yosef|יוסף, Ariel|אריאל, Gal|גל",
        "Cohen|כהן, Levi|לוי, Mizrahi|מזרחי, Peretz|פרץ, Biton|ביטון, Friedman|פרידמן, "
        "Avraham|אברהם, Katz|כץ, Shapiro|שפירו, Ben-David|בן דוד, Goldberg|גולדברג, "
        "Azoulay|אזולאי",
    ),
    "et": _bank(
        "Kadri, Kristiina, Mari, Liis, Triin, Kertu, Helen, Anu, Maarja, Piret, Grete",
        "Martin, Andres, Rasmus, Jaan, Mihkel, Tõnu, Siim, Kristjan, Priit, Marko, Ott",
        "Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Kuusk, Lepik, "
        "Oja, Kõiv, Ivanov/Ivanova",
    ),
    "nordic": _bank(
        "Emma, Maja, Ingrid, Astrid, Sara, Freja, Ida, Sigrid, Linnéa, Karin, Guðrún",
        "Erik, Lars, Anders, Johan, Magnus, Oskar, Henrik, Nils, Mikkel, Björn, Jón",
        "Andersson, Johansson, Karlsson, Nilsson, Hansen, Johansen, Olsen, Larsen, "
        "Jensen, Nielsen, Lindqvist, Bergström, Haugen, Sigurðsson",
    ),
    "fi": _bank(
        "Aino, Helmi, Emilia, Sanna, Laura, Johanna, Riikka, Elina, Minna",
        "Mikko, Juha, Antti, Ville, Janne, Matti, Timo, Teemu, Jussi",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, "
        "Koskinen, Järvinen, Lehtonen",
    ),
    "cs": _bank(
        "Jana, Eva, Lucie, Tereza, Kateřina, Veronika, Petra, Zuzana, Michaela",
        "Jan, Tomáš, Martin, Petr, Jakub, Lukáš, Ondřej, Marek, Michal",
        "Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, "
        "Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, "
        "Horváth/Horváthová, Kováč/Kováčová",
    ),
    "hu": _bank(
        "Anna, Eszter, Réka, Zsófia, Katalin, Nóra, Dóra, Judit",
        "Bence, Dávid, Gábor, László, Péter, Balázs, Zoltán, Ádám",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas",
    ),
    "ro": _bank(
        "Andreea, Elena, Ioana, Maria, Alexandra, Cristina, Diana, Raluca, Mihaela",
        "Andrei, Alexandru, Mihai, Ionuț, Cristian, Bogdan, Vlad, Radu, Ștefan",
        "Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Gheorghe, Munteanu, Rusu, "
        "Constantinescu, Ciobanu",
    ),
    "balkan": _bank(
        "Ana, Ivana, Marija, Jelena, Maja, Petra, Elena, Teodora, Nina, Mila, Arta",
        "Luka, Marko, Nikola, Ivan, Stefan, Filip, Aleksandar, Dimitar, Matej, Ardit",
        "Horvat, Kovačević, Jovanović, Petrović, Nikolić, Novak, Babić, Marković, "
        "Ivanov, Georgiev, Dimitrovski, Krasniqi, Hodžić",
    ),
    "gr": _bank(
        "Maria, Eleni, Katerina, Sofia, Georgia, Dimitra, Ioanna, Christina",
        "Giorgos, Dimitris, Nikos, Kostas, Yannis, Christos, Panagiotis, Alexandros",
        "Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Pappas/Pappa, "
        "Konstantinou, Vlachos/Vlachou, Antoniou, Ioannou",
    ),
    "baltic": _bank(
        "Rūta, Eglė, Ieva, Laura, Agnė, Līga, Ilze, Kristīne, Anna",
        "Mantas, Tomas, Lukas, Darius, Andris, Jānis, Mārtiņš, Edgars, Paulius",
        "Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė, "
        "Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozols/Ozola, Liepa, Vasiliauskas/Vasiliauskienė",
    ),
    "east_slavic": _bank(
        "Olena, Iryna, Natalia, Anastasia, Yulia, Kateryna, Daria, Svetlana, Oksana",
        "Oleksandr, Dmytro, Andriy, Serhiy, Maksym, Ivan, Alexei, Pavel, Artem",
        "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, "
        "Ivanov/Ivanova, Smirnov/Smirnova, Popov/Popova, Kuznetsov/Kuznetsova",
    ),
    "caucasus": _bank(
        "Nino, Mariam, Ani, Tamar, Anna, Leyla, Aysel, Lilit",
        "Giorgi, Davit, Levan, Aram, Tigran, Elvin, Rashad, Armen",
        "Beridze, Kapanadze, Gelashvili, Hovhannisyan, Harutyunyan, Sargsyan, Mammadov, "
        "Aliyev, Hasanov",
    ),
    "tr": _bank(
        "Zeynep, Elif, Ayşe, Fatma, Merve, Büşra, Ece, Selin, Deniz",
        "Mehmet, Mustafa, Ahmet, Emre, Burak, Can, Murat, Oğuz, Kerem",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, "
        "Arslan, Doğan",
    ),
    "ar": _bank(
        "Fatima, Aisha, Mariam, Noor, Layla, Yasmin, Salma, Huda, Rania, Dina, Sara",
        "Mohammed, Ahmed, Omar, Ali, Youssef, Khalid, Hassan, Karim, Tariq, Samir, Rami",
        "Al-Mansouri, Haddad, Khalil, Nasser, Saleh, Hamdan, El-Sayed, Abdullah, Benali, "
        "Mansour, Aziz, Farouk, Qasim",
    ),
    "in": _bank(
        "Priya, Ananya, Divya, Sneha, Pooja, Kavya, Neha, Aishwarya, Meera, Lakshmi, "
        "Shreya, Nandini",
        "Rahul, Arjun, Vikram, Rohan, Aditya, Karthik, Sandeep, Amit, Suresh, Rajesh, "
        "Vivek, Harish",
        "Sharma, Patel, Singh, Kumar, Reddy, Iyer, Nair, Gupta, Mehta, Rao, Joshi, "
        "Menon, Chatterjee, Banerjee, Desai, Pillai, Verma, Agarwal",
    ),
    "south_asia": _bank(
        "Ayesha, Fatima, Sadia, Nusrat, Sana, Tahmina, Dilani, Anjali, Sita",
        "Ali, Hamza, Usman, Bilal, Rafiq, Tanvir, Nuwan, Kasun, Bikash",
        "Khan, Ahmed, Hussain, Malik, Chowdhury, Rahman, Islam, Perera, Fernando, "
        "Silva, Shrestha, Gurung",
    ),
    "zh": _bank(
        "Na, Fang, Min, Yang, Jing, Xiaoling, Meilin, Huimin, Shufen, Yiting",
        "Wei, Jun, Hao, Lei, Ming, Jian, Tao, Yong, Chen, Kai, Zhi Hao",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Lin, Tan, Lim, Ng, Wong",
    ),
    "ja": _bank(
        "Yuki, Haruka, Aoi, Sakura, Yui, Misaki, Nanami, Emi",
        "Haruto, Ren, Takumi, Daiki, Kenta, Shota, Hiroshi, Kenji",
        "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato",
    ),
    "ko": _bank(
        "Ji-woo, Seo-yeon, Min-ji, Ha-eun, Soo-jin, Ye-jin, Eun-ji",
        "Min-jun, Seo-jun, Ji-ho, Hyun-woo, Dong-hyun, Jae-won, Sung-min",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim",
    ),
    "id_my": _bank(
        "Siti, Nur, Dewi, Putri, Ayu, Aisyah, Nurul, Intan, Rina",
        "Muhammad, Ahmad, Budi, Agus, Rizky, Hafiz, Arif, Fajar, Dimas",
        "Wijaya, Santoso, Pratama, Saputra, Hidayat, Abdullah, Ibrahim, Rahman, Ismail, Tan, Lim",
    ),
    "ph": _bank(
        "Maria, Angelica, Kristine, Jasmine, Patricia, Camille, Joanna, Mae",
        "John Paul, Mark, Miguel, Carlo, Paolo, Rafael, Jerome, Christian",
        "Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Ramos, Aquino, Villanueva, "
        "dela Cruz, Castillo",
    ),
    "vn": _bank(
        "Linh, Trang, Huong, Thao, Ngoc, Mai, Lan, Phuong",
        "Minh, Tuan, Hung, Duc, Nam, Quang, Huy, Long",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Đặng, Bùi",
    ),
    "th": _bank(
        "Somchai, Nattaya, Siriporn, Kanya, Pim, Ploy, Anong, Malee",
        "Somsak, Anan, Chaiya, Kittisak, Prasert, Thanawat, Nattapong, Arthit",
        "Saetang, Srisuk, Chaiyaporn, Wongsawat, Suksawat, Thongchai, Rattanakorn",
    ),
    "sea": _bank(
        "Sophea, Chanthy, Aye, Thandar, Sreymom, Nilar, Khin",
        "Dara, Vannak, Kyaw, Zaw, Sokha, Thura, Min",
        "Sok, Chea, Kim, Win, Aung, Htun, Oo, Meas",
    ),
    "central_asia": _bank(
        "Aigerim, Dinara, Madina, Gulnara, Saule, Nilufar, Oyunaa, Sarnai",
        "Nurlan, Yerlan, Timur, Rustam, Aziz, Bolat, Batbayar, Temuulen",
        "Nurlanov/Nurlanova, Abenov/Abenova, Karimov/Karimova, Yusupov/Yusupova, "
        "Tursunov/Tursunova, Bat-Erdene, Ganbold",
    ),
    "af_west": _bank(
        "Chiamaka, Ngozi, Funmilayo, Adaeze, Abena, Akosua, Aïssatou, Fatou, Yetunde",
        "Chinedu, Emeka, Oluwaseun, Tunde, Kwame, Kofi, Moussa, Ibrahima, Babajide",
        "Okafor, Adeyemi, Okonkwo, Balogun, Mensah, Owusu, Asante, Diop, Ndiaye, Eze, "
        "Oyelaran, Boateng",
    ),
    "af_east": _bank(
        "Wanjiru, Achieng, Amina, Zawadi, Neema, Aster, Grace, Mercy",
        "Kamau, Otieno, Baraka, Juma, Mugisha, Tesfaye, Brian, Dennis",
        "Mwangi, Ochieng, Kimani, Njoroge, Wanjala, Mutua, Nakato, Habimana, Bekele, Mushi",
    ),
    "af_south": _bank(
        "Thandiwe, Lerato, Nomvula, Ayanda, Anelisa, Chipo, Precious, Naledi, Annelie",
        "Sipho, Thabo, Themba, Lwazi, Tendai, Kagiso, Pieter, Johan, Mpho",
        "Nkosi, Dlamini, Ndlovu, Khumalo, Mokoena, van der Merwe, Botha, Moyo, Banda, "
        "Phiri, Naidoo",
    ),
}
