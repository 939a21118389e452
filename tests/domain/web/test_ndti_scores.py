"""NDTi's people score, places score and clock spread as NDTi defines them, and the app's own
figures under their own names (issue 9.16, 9.17)."""

from __future__ import annotations

from web_samples import member, vulnerable_web, web

from resokit_desktop.domain.web.domain_sets import builtin_set, is_ndti_set
from resokit_desktop.domain.web.indicators import compute_indicators
from resokit_desktop.domain.web.model import EntryKind, TieStatus

P, PL, G = EntryKind.PERSON, EntryKind.PLACE, EntryKind.GROUP


def test_people_score_counts_every_person_in_the_people_circle_paid_staff_counted_by_default():
    ind = compute_indicators(vulnerable_web())
    # Mother and the paid worker are persons with a current tie; the sister only sleeps.
    assert ind.people_score == 2
    assert ind.places_score == 1  # the food bank; the club is only wished for
    assert ind.count_paid_staff is True
    # The app's own figure keeps its own plain name.
    assert ind.unpaid_active_people == 1


def test_paid_staff_left_out_of_both_circles_when_the_setting_says_so():
    w = web([member(1, P), member(2, P, "services", paid=True),
             member(3, G, "services", paid=True), member(4, PL, "leisure")])
    counted = compute_indicators(w)
    assert (counted.people_score, counted.places_score, counted.domains_used) == (2, 2, 3)
    left_out = compute_indicators(w, count_paid_staff=False)
    assert (left_out.people_score, left_out.places_score) == (1, 1)
    assert left_out.people_left_out.paid == 1 and left_out.places_left_out.paid == 1
    # The services domain now holds nobody who counts: the clock spread says so.
    assert left_out.domains_used == 2
    assert left_out.domains_left_out == ("services",)
    assert left_out.unpaid_active_people == counted.unpaid_active_people == 1


def test_what_the_scores_leave_out_is_counted():
    ind = compute_indicators(vulnerable_web())
    assert ind.people_left_out.sleeping == 1  # the sister
    assert ind.places_left_out.wished_for == 1  # the club
    assert ind.people_left_out.paid == 0  # paid staff are counted by default


def test_clock_spread_names_the_domains_that_hold_only_sleeping_ties():
    # Nine domains, every one holding a member, but Online only a sleeping one: 8 of 9, and why.
    domains = builtin_set("resokit").keys()
    members = [member(i + 1, P, key) for i, key in enumerate(domains)]
    members[domains.index("online")] = member(
        domains.index("online") + 1, P, "online", status=TieStatus.SLEEPING)
    ind = compute_indicators(web(members))
    assert (ind.domains_used, ind.domains_total) == (8, 9)
    assert ind.domains_left_out == ("online",)


def test_members_whose_loss_splits_the_map_are_counted_by_kind():
    # A place (1) and a group (3) hold the chain together, and so does person 2.
    w = web([member(1, PL), member(2, P), member(3, G), member(4, P), member(5, P)],
            ties=[(4, 1), (1, 2), (2, 3), (3, 5)])
    ind = compute_indicators(w)
    assert ind.splitting_members == (1, 2, 3)
    assert ind.splitting_by_kind == {"person": 1, "place_or_group": 2}
    assert ind.figures()["splitting_members"] == 3


def test_ndti_preset_has_ndtis_nine_life_domains_including_services():
    ndti = builtin_set("ndti")
    assert len(ndti.keys()) == 9
    english = {d.labels["en"] for d in ndti.domains}
    assert english == {
        "Family & neighbourhood", "Employment", "Education & learning",
        "Identity, faith & culture", "Sport & leisure", "Volunteering & befriending",
        "Online", "Services", "Arts & culture",
    }
    assert all(set(d.labels) == {"nl", "fr", "en"} for d in ndti.domains)
    assert is_ndti_set(ndti)
    assert not is_ndti_set(builtin_set("resokit"))
