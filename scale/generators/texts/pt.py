"""Portuguese phrase bank (slots as in en.py). Lists missing here come from en.py."""

BANK = {
    "roles": [
        "Desenvolvedor Java Sênior",
        "Data Engineer",
        "Product Manager",
        "enfermeira de UTI",
        "gerente comercial",
        "controller financeiro",
        "engenheiro DevOps",
        "designer UX",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: quando os candidatos querem falar de salário?",
                "{country}: salário bruto ou líquido?",
            ],
            "asks": [
                "No meu mercado falamos de salário já na primeira conversa. Aí isso é normal?",
                "A faixa salarial deve estar no anúncio da vaga?",
            ],
            "answers": [
                "Aqui fala-se do salário bruto mensal logo no primeiro contato.",
                "Para mudar de emprego, os candidatos esperam cerca de {percent}% a mais.",
                "Pergunte também sobre vale-refeição e plano de saúde.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: quanto tempo dura o aviso prévio?",
                "{country}: dá para encurtar o aviso prévio?",
            ],
            "asks": [
                "O cliente quer que a pessoa comece em {weeks} semanas. É realista?",
                "As empresas liberam o funcionário antes do fim do aviso?",
            ],
            "answers": [
                "O aviso prévio costuma ser de 30 dias.",
                "Muitas empresas dispensam o cumprimento do aviso se houver acordo.",
                "Conte com pelo menos {weeks} semanas até o início.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: quais canais de sourcing funcionam de verdade?",
                "{country}: onde encontrar candidatos para {role}?",
            ],
            "asks": [
                "Quase ninguém responde aos meus InMails. Que canais os recrutadores locais usam?",
                "Existem sites de vagas ou comunidades locais que valem a pena?",
            ],
            "answers": [
                "O LinkedIn funciona, mas uma mensagem curta em português tem muito mais "
                "respostas.",
                "Cerca de {percent}% das nossas contratações vêm de indicações.",
                "Grupos de WhatsApp e comunidades tech são ótimos canais.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: qual é o bônus por indicação?",
                "{country}: programas de indicação funcionam?",
            ],
            "asks": [
                "Estamos criando um programa de indicação. Qual bônus é comum?",
                "O bônus é pago depois do período de experiência?",
            ],
            "answers": [
                "O comum é pagar o bônus após o período de experiência.",
                "Metade na contratação e metade após {months} meses funciona bem.",
                "As pessoas indicam amigos quando o processo é rápido e respeitoso.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: contrapropostas são comuns?",
                "O candidato aceitou e depois recebeu uma contraproposta: e agora?",
            ],
            "asks": [
                "Perco candidatos na última semana por causa de contrapropostas. É típico aí?",
                "Como vocês preparam os candidatos para uma contraproposta?",
            ],
            "answers": [
                "Contrapropostas são muito comuns; pergunte logo na primeira entrevista.",
                "A maioria de quem aceita uma contraproposta sai em menos de um ano.",
                "Mantenha contato durante todo o aviso prévio.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: como é um processo seletivo típico?",
                "{country}: quantas entrevistas são normais?",
            ],
            "asks": [
                "Nosso processo tem cinco etapas e os candidatos desistem. Quantas etapas "
                "são comuns aí?",
                "Espera-se uma conversa informal no início da entrevista?",
            ],
            "answers": [
                "Duas ou três etapas é o normal.",
                "Um pouco de conversa informal no início é esperado.",
                "Dê retorno em {days} dias, senão o candidato acha que foi reprovado.",
            ],
        },
        "relocation": {
            "titles": [
                "{country}: realocar um {role}, o que devo saber?",
                "{country}: quanto tempo leva um visto de trabalho?",
            ],
            "asks": [
                "Queremos contratar no exterior. Quanto tempo leva o visto de trabalho?",
                "Que pacote de realocação os candidatos esperam?",
            ],
            "answers": [
                "Para profissionais qualificados, leva cerca de {weeks} semanas.",
                "Um salário para a mudança e moradia temporária é o esperado.",
                "Ajuda para encontrar apartamento conta mais que o valor do pacote.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: por quanto tempo podemos guardar currículos?",
                "{country}: consentimento e LGPD para candidatos",
            ],
            "asks": [
                "Por quanto tempo podemos guardar currículos de candidatos não aprovados?",
                "Podemos contatar candidatos encontrados em perfis públicos?",
            ],
            "answers": [
                "Sem consentimento, apagamos os currículos após {months} meses.",
                "Pode, mas é preciso dizer de onde vieram os dados.",
                "O consentimento para o banco de talentos deve ser uma caixa separada.",
            ],
        },
    },
    "openers": [
        "Estou recrutando um {role} para um cliente em {city}.",
        "Vaga: {role}, em {city}, modelo híbrido.",
    ],
    "closers": ["Qualquer experiência local ajuda muito, obrigada!", "O que vocês fariam?"],
    "answer_openers": ["Boa pergunta.", "Pela minha experiência em {city}:"],
    "answer_closers": ["Boa sorte na busca!", "Pode me chamar no privado."],
    "comments": [
        "Obrigado, muito útil.",
        "Aqui em {city} é igual.",
        "Isso vale também para PJ?",
        "Ótima resposta, vou compartilhar com o time.",
    ],
    "group_names": [
        "Recrutadores {city}",
        "Sourcers {city}",
        "Recrutamento Tech {city}",
        "Comunidade de Talentos {city}",
    ],
    "group_descriptions": [
        "Grupo de recrutadores e sourcers de {city}. Trocamos dicas e informações do "
        "mercado e nos encontramos uma vez por mês.",
    ],
    "headlines": ["Recrutadora tech · {city}", "Tech recruiter", "Talent Acquisition · {city}"],
    "event_titles": [
        "Café dos recrutadores · {city}",
        "Meetup de sourcing #{n}",
        "Painel: conversas sobre salário",
    ],
    "event_descriptions": [
        "Encontro informal para recrutadores e sourcers. Traga suas perguntas.",
    ],
}
