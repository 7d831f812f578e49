"""Spanish phrase bank (slots as in en.py)."""

BANK = {
    "roles": [
        "Senior Java Developer",
        "Data Engineer",
        "Product Manager",
        "enfermera de UCI",
        "director comercial",
        "controller financiero",
        "DevOps Engineer",
        "diseñador UX",
        "Key Account Manager",
        "ingeniero mecánico",
        "técnico de nóminas",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: ¿cuándo esperan los candidatos hablar de salario?",
                "{country}: ¿banda salarial antes o después de la oferta?",
                "{country}: ¿salario bruto o neto?",
            ],
            "asks": [
                "En mi mercado hablamos del salario en la primera llamada. ¿Allí es normal "
                "o se ve como demasiado directo?",
                "¿La banda salarial debería ir en la oferta de empleo o compartirse más tarde?",
                "Los candidatos me dan cifras netas y el cliente piensa en bruto. ¿Cómo lo "
                "gestionáis?",
            ],
            "answers": [
                "Aquí se habla del salario bruto anual desde la primera llamada.",
                "Muchos candidatos piensan en neto mensual, así que confirma siempre si la "
                "cifra es bruta.",
                "Publicar la banda salarial duplica las candidaturas relevantes.",
                "Para cambiar de empresa esperan alrededor de un {percent}% más.",
                "Pregunta también por las pagas extra: aquí suelen ser catorce.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: ¿cuánto dura realmente el preaviso?",
                "{country}: ¿se puede acortar el preaviso?",
            ],
            "asks": [
                "Mi cliente quiere que la persona empiece en {weeks} semanas. ¿Es realista "
                "o hay que contar con el preaviso?",
                "¿Las empresas dejan salir antes a la gente o exigen el preaviso completo?",
            ],
            "answers": [
                "Lo habitual son quince días de preaviso, aunque en puestos directivos es más.",
                "Muchas empresas aceptan acortar el preaviso si se negocia bien.",
                "Cuenta con al menos {weeks} semanas hasta la incorporación.",
                "Revisa el convenio colectivo: algunos fijan plazos más largos.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: ¿qué canales de sourcing funcionan de verdad?",
                "{country}: ¿dónde encontráis candidatos para {role}?",
            ],
            "asks": [
                "Casi nadie responde a mis InMails. ¿Qué canales usan los reclutadores locales?",
                "¿Hay portales de empleo o comunidades locales que merezcan la pena?",
            ],
            "answers": [
                "LinkedIn funciona, pero un mensaje corto en español multiplica las respuestas.",
                "Para perfiles técnicos, las comunidades y los meetups funcionan mejor que "
                "los portales.",
                "Alrededor del {percent}% de nuestras contrataciones vienen de referidos.",
                "InfoJobs sigue siendo útil para perfiles de volumen.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: ¿de cuánto son los bonos por referido?",
                "{country}: ¿funcionan los programas de referidos?",
            ],
            "asks": [
                "Estamos montando un programa de referidos para un cliente. ¿Qué bono es "
                "habitual y cuándo se paga?",
                "¿El bono se paga después del periodo de prueba?",
            ],
            "answers": [
                "Lo normal es entre 500 y 2.000 euros, pagados tras el periodo de prueba.",
                "Mitad al incorporarse y mitad a los {months} meses: así nos funciona.",
                "Los referidos son nuestro mejor canal: un {percent}% de las contrataciones.",
                "La gente recomienda cuando el proceso es rápido y respetuoso.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: ¿son habituales las contraofertas?",
                "El candidato aceptó y luego recibió una contraoferta: ¿qué hago?",
            ],
            "asks": [
                "Pierdo candidatos en la última semana por contraofertas. ¿Es típico allí?",
                "¿Cómo preparáis a los candidatos para una contraoferta?",
            ],
            "answers": [
                "Las contraofertas son muy comunes; pregunta por ellas en la primera entrevista.",
                "La mayoría de quienes aceptan una contraoferta se van en menos de un año.",
                "Mantén el contacto cada pocos días durante el preaviso.",
                "Habla primero de los motivos del cambio y después del dinero.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: ¿cómo es un proceso de selección típico?",
                "{country}: ¿cuántas entrevistas son normales?",
            ],
            "asks": [
                "Nuestro proceso tiene cinco fases y los candidatos abandonan. ¿Cuántas "
                "fases tienen las empresas locales?",
                "¿Se espera algo de charla informal al principio de la entrevista?",
            ],
            "answers": [
                "Dos o tres entrevistas es lo normal; más allá pierdes a los mejores.",
                "Un poco de charla al principio es casi obligatorio aquí.",
                "Las pruebas técnicas de más de {days} horas hacen que muchos abandonen.",
                "Da feedback en {days} días o el candidato pensará que está descartado.",
            ],
        },
        "relocation": {
            "titles": [
                "{country}: reubicar a un {role}, ¿qué debo saber?",
                "{country}: ¿cuánto tarda un permiso de trabajo?",
            ],
            "asks": [
                "Queremos contratar en el extranjero. ¿Cuánto tarda el permiso de trabajo y "
                "qué debe preparar la empresa?",
                "¿Qué paquete de reubicación esperan los candidatos?",
            ],
            "answers": [
                "Para profesionales cualificados el permiso tarda unas {weeks} semanas.",
                "Lo habitual es un sueldo mensual para la mudanza y alojamiento temporal.",
                "La ayuda para encontrar piso importa más que el importe del paquete.",
                "Empieza los trámites antes de firmar la oferta; la cita consular es el "
                "cuello de botella.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: ¿cuánto tiempo podemos guardar los CV?",
                "{country}: consentimiento y protección de datos de candidatos",
            ],
            "asks": [
                "¿Cuánto tiempo podemos guardar los CV de candidatos descartados y "
                "necesitamos consentimiento?",
                "¿Podemos contactar a candidatos encontrados en perfiles públicos?",
            ],
            "answers": [
                "Sin consentimiento expreso, borramos los CV a los {months} meses.",
                "Se puede contactar, pero hay que indicar de dónde salen los datos.",
                "El consentimiento para futuros procesos debe ir en una casilla aparte.",
                "Atendemos las solicitudes de borrado en {days} días y lo documentamos.",
            ],
        },
    },
    "openers": [
        "Busco un perfil de {role} para un cliente en {city}.",
        "Estamos creando un equipo en {city} y es nuestra primera contratación allí.",
        "Puesto: {role}, en {city}, modalidad híbrida.",
    ],
    "closers": [
        "¡Cualquier experiencia local me ayudaría mucho!",
        "Gracias de antemano; os cuento encantada cómo funciona en mi país.",
        "¿Qué haríais en mi lugar?",
    ],
    "answer_openers": [
        "Buena pregunta.",
        "Desde mi experiencia en {city}:",
        "Depende del sector, pero en general:",
        "Llevo {years} años reclutando aquí.",
    ],
    "answer_closers": [
        "Escríbeme por privado si quieres.",
        "¡Suerte con la búsqueda!",
        "Espero que te sirva.",
    ],
    "comments": [
        "Gracias, muy útil.",
        "Aquí en {city} es exactamente igual.",
        "¿Esto aplica también a autónomos?",
        "Gran respuesta, la comparto con el equipo.",
        "¿Puedes contar más sobre los plazos?",
        "Coincide con lo que me dicen los candidatos.",
    ],
    "group_names": [
        "Reclutadores {city}",
        "Sourcers {city}",
        "Reclutamiento IT {city}",
        "Comunidad de Talento {city}",
        "Café y Reclutamiento {city}",
    ],
    "group_descriptions": [
        "Grupo de reclutadores y sourcers de {city}. Compartimos consejos, datos del "
        "mercado y nos vemos una vez al mes.",
        "Profesionales de selección interna y de agencia. Pregunta lo que quieras sobre "
        "contratar aquí; visitantes bienvenidos.",
    ],
    "group_rules": [
        "1. Respeto ante todo.\n2. Ofertas de empleo solo en el hilo de los viernes.\n3. "
        "Nunca compartas datos de candidatos.",
        "- Sin spam ni venta en frío.\n- Preguntas y respuestas de buena fe.",
    ],
    "admission_questions": [
        "¿Para qué sector reclutas?",
        "¿En qué ciudad trabajas?",
        "¿Cómo nos conociste?",
    ],
    "admission_answers": [
        "Perfiles IT, sobre todo backend.",
        "Trabajo en {city}.",
        "Me lo recomendó una compañera.",
    ],
    "headlines": [
        "Reclutadora IT · {city}",
        "Sourcing para startups",
        "Talent Acquisition Lead · {city}",
        "Selección en el sector sanitario",
        "Reclutamiento interno en {city}",
        "Headhunter",
    ],
    "bios": [
        "{years} años en selección, sobre todo tecnología. Me gustan los perfiles "
        "difíciles y el feedback honesto.",
        "Ayudo a startups a contratar a sus primeros ingenieros.",
        "Sourcing, búsquedas booleanas y buen café.",
    ],
    "event_titles": [
        "Desayuno de reclutadores en {city}",
        "Meetup de sourcing #{n}",
        "Mesa redonda: hablar de salario",
        "Afterwork de talento {city}",
        "Taller: búsqueda booleana",
    ],
    "event_descriptions": [
        "Encuentro informal para reclutadores y sourcers. Trae tus preguntas.\n\n"
        "Agenda: charlas cortas y después debate abierto.",
        "Nos reunimos para hablar del mercado local: salarios, preavisos y lo que piden "
        "los candidatos.",
    ],
    "objectives": [
        "Conocer a otros sourcers de {city}.",
        "Aprender cómo gestionan otros las contraofertas.",
        "Encontrar mentora en employer branding.",
    ],
}
