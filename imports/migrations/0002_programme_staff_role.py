"""Create the Programme staff group, which may import (DESIGN.md, Roles)."""

from django.db import migrations

PROGRAMME_STAFF = "Programme staff"  # accounts.roles.PROGRAMME_STAFF, frozen here


def create_role(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=PROGRAMME_STAFF)
    # Default permissions are made after migrations run (post_migrate): make this one now.
    content_type, _ = ContentType.objects.get_or_create(app_label="imports", model="import")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="add_import", defaults={"name": "Can add import"}
    )
    group.permissions.add(permission)


def remove_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=PROGRAMME_STAFF).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("imports", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_role, remove_role)]
