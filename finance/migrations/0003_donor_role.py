"""Create the Donor group (DESIGN.md, Roles).

It holds no permission: what a donor user may see follows from its finance.DonorAccount.
"""

from django.db import migrations

DONOR = "Donor"  # accounts.roles.DONOR, frozen here as migrations must not import app code


def create_donor_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=DONOR)


def remove_donor_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=DONOR).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("finance", "0002_donoraccount"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_donor_role, remove_donor_role)]
