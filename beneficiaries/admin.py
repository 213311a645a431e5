"""Admin pages for countries, their group memberships, participations and aggregate tallies."""

from django.contrib import admin

from beneficiaries.models import AggregateTally, Country, CountryGroupMembership, Participation


class CountryGroupMembershipInline(admin.TabularInline):
    model = CountryGroupMembership
    extra = 0
    fields = ["group", "start_date", "end_date", "source"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["iso3", "name", "region", "developed", "un_member"]
    list_filter = ["region", "developed", "un_member"]
    search_fields = ["name", "iso3", "iso2"]
    inlines = [CountryGroupMembershipInline]


@admin.register(CountryGroupMembership)
class CountryGroupMembershipAdmin(admin.ModelAdmin):
    list_display = ["country", "group", "start_date", "end_date"]
    list_filter = ["group"]
    list_select_related = ["country"]
    search_fields = ["country__name", "country__iso3"]
    autocomplete_fields = ["country"]


@admin.register(Participation)
class ParticipationAdmin(admin.ModelAdmin):
    list_display = ["person_key", "event", "country", "gender", "age_group", "sector", "certified"]
    list_filter = ["gender", "sector", "certified", "generated"]
    list_select_related = ["event", "country"]
    raw_id_fields = ["event"]
    autocomplete_fields = ["country"]
    search_fields = ["person_key"]


@admin.register(AggregateTally)
class AggregateTallyAdmin(admin.ModelAdmin):
    list_display = ["event", "country", "gender", "age_group", "sector", "beneficiaries"]
    list_filter = ["gender", "sector", "generated"]
    list_select_related = ["event", "country"]
    raw_id_fields = ["event"]
    autocomplete_fields = ["country"]
    search_fields = ["event__code", "event__title"]
