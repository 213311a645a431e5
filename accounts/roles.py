"""The roles of DESIGN.md ("Roles") as auth groups, and the permissions each holds."""

ANALYST = "Analyst"
# A donor user: its own donor page (finance.DonorAccount); the group is made by
# finance/migrations/0003_donor_role.py and holds no permission.
DONOR = "Donor"
# Programme staff import into their own programme area (imports.StaffArea); the group is made
# by imports/migrations/0002_programme_staff_role.py.
PROGRAMME_STAFF = "Programme staff"

# Permission codenames (app_label.codename) each role's group holds; the group and its
# permissions are made by accounts/migrations/0002_roles.py.
ROLE_PERMISSIONS = {
    ANALYST: ("reports.view_small_cells", "reports.export_participations"),
}
