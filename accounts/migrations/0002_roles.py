"""Create the Analyst group with its permissions (DESIGN.md, Roles).

Custom permissions are created after migrations run (post_migrate), so on a fresh database they
do not exist yet here: they are created with the names the model's Meta gives them.
"""

from django.db import migrations

ANALYST = "Analyst"  # accounts.roles.ANALYST, frozen here as migrations must not import app code
PERMISSIONS = {
    ("reports", "statisticsbuild"): [
        ("view_small_cells", "See small cells unsuppressed"),
        ("export_participations", "Export pseudonymised participation records"),
    ],
}


def create_roles(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=ANALYST)
    for (app_label, model), permissions in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for codename, name in permissions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
            group.permissions.add(permission)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=ANALYST).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reports", "0002_analyst_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
