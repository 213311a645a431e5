"""Fill in the French, Spanish, Russian and Arabic text of the E/2021/49 highlights already loaded."""

from django.db import migrations


def add_translations(apps, schema_editor):
    from programmes import catalogue

    Highlight = apps.get_model("programmes", "Highlight")
    for entry in catalogue.HIGHLIGHTS:
        rows = Highlight.objects.filter(source=entry.source, paragraph=entry.paragraph)
        for field, slug in (
            ("pillar", entry.pillar),
            ("area", entry.area),
            ("programme", entry.programme),
        ):
            if slug is None:
                rows = rows.filter(**{f"{field}__isnull": True})
            else:
                rows = rows.filter(**{f"{field}__slug": slug})
        for row in rows:
            row.text_translations = {**row.text_translations, **entry.text_translations}
            row.save(update_fields=["text_translations"])


class Migration(migrations.Migration):
    dependencies = [
        ("programmes", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(add_translations, migrations.RunPython.noop),
    ]
