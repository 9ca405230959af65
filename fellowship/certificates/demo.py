"""Demo data: the default certificate templates, in the six languages."""

from .choices import CertificateKind
from .models import CertificateTemplate, CertificateTemplateText

TITLES = {
    CertificateKind.COURSE: {
        "en": (
            "Certificate of completion",
            "has successfully completed the online course",
        ),
        "fr": ("Certificat de réussite", "a suivi avec succès le cours en ligne"),
        "es": (
            "Certificado de aprobación",
            "ha completado con éxito el curso en línea",
        ),
        "ru": ("Сертификат об окончании", "успешно прошёл(а) онлайн-курс"),
        "ar": ("شهادة إتمام", "أتمّ بنجاح الدورة الإلكترونية"),
        "zh-hans": ("结业证书", "已顺利完成在线课程"),
    },
    CertificateKind.PROGRAMME: {
        "en": (
            "Fellowship certificate",
            "has completed the United Nations fellowship training programme on "
            "small arms and light weapons",
        ),
        "fr": (
            "Certificat de bourse",
            "a suivi le programme de bourses de formation des Nations Unies sur "
            "les armes légères et de petit calibre",
        ),
        "es": (
            "Certificado de beca",
            "ha completado el programa de becas de capacitación de las Naciones "
            "Unidas sobre armas pequeñas y armas ligeras",
        ),
        "ru": (
            "Сертификат стипендиата",
            "прошёл(а) учебную программу стипендий Организации Объединённых Наций "
            "по стрелковому оружию и лёгким вооружениям",
        ),
        "ar": (
            "شهادة الزمالة",
            "أتمّ برنامج الأمم المتحدة للزمالات التدريبية بشأن الأسلحة الصغيرة "
            "والأسلحة الخفيفة",
        ),
        "zh-hans": ("研究金证书", "已完成联合国小武器和轻武器研究金培训方案"),
    },
}


def seed(*, log, credentials):
    for kind, texts in TITLES.items():
        template, created = CertificateTemplate.objects.get_or_create(
            kind=kind,
            is_default=True,
            defaults={"name": f"Default {kind} certificate"},
        )
        for language, (title, body) in texts.items():
            CertificateTemplateText.objects.get_or_create(
                template=template,
                language=language,
                defaults={"title": title, "body": body},
            )
        if created:
            log(f"Created the default {kind} certificate template")
    log("Certificates are verified at /verify/ (issuer DID: /.well-known/did.json)")
