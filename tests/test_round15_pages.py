"""Round 15 (pages): what whole pages of many outlets carry around their story.

- loaders/data/furniture.json: a syndication line ("The post ... appeared first on Y.") is
  furniture; a relative time alone on a line ("Politics 3 hours ago", "- 5 hours ago") marks a
  teaser list, and the headlines beside it go with it.
- loaders/page_edges.py: a byline line above the story (names alone, perhaps with the place and a
  time stamp) whose names the story never uses is dropped, and so is its repeat below the story;
  the page's last line made only of names the story has used (a tag line) is dropped.
"""
import pytest

from tests.conftest import check_entity_case, check_event_case, entity_case, event_case, read_text as read

NAME_CASES = [
    entity_case("The state governor on Monday relieved the Commissioner for Works, Mr. Obinna Nwachukwu, of his "
                "appointment with immediate effect, a statement said.\n"
                "The post Governor relieves works commissioner of appointment appeared first on Daily Courier Nigeria.",
                has={("Person", "Obinna Nwachukwu")},
                lacks={("Organisation", "Daily Courier Nigeria"), ("Organisation", "Courier Nigeria")},
                id="syndication-line"),
    entity_case("The provincial health minister, Zahid Mehmood Awan, resigned on Friday after a row with the chief "
                "minister over hospital funding.\n"
                "Politics 3 hours ago\nSenator Farhan Qureshi Malik joins opposition alliance\n"
                "Business 1 day ago\nSugar mills told to lower prices before Ramadan",
                has={("Person", "Zahid Mehmood Awan")},
                lacks={("Person", "Farhan Qureshi Malik")},
                id="relative-time-teasers"),
    entity_case("Somebody Important\n- 5 hours ago\n\nThe interior minister, Rafael Quintero, was dismissed by the "
                "president on Wednesday, the government gazette said.\n"
                "Ports chief Delia Moncada Ruiz sacked over tender\n- 2 hours ago\nFloods close highway in the north\n"
                "- 9 hours ago",
                has={("Person", "Rafael Quintero")},
                lacks={("Person", "Delia Moncada Ruiz")},
                id="relative-time-after-teasers"),
    entity_case("Chinonso Adeyemi-Bright, Enugu 04/03/2019 10:15:00\n"
                "THE President on Tuesday sacked the Minister of Power, Mr Babatunde Olaleye, over the collapse of "
                "the national grid, a presidency statement said.\n"
                "Chinonso Adeyemi-Bright, Enugu 04/03/2019 10:15:00",
                has={("Person", "Babatunde Olaleye")},
                lacks={("Person", "Chinonso Adeyemi-Bright")},
                id="byline-place-stamp-and-repeat"),
    entity_case("Andile Mokoena\n\nThe former police commissioner Andile Mokoena was arrested on Thursday on "
                "charges of fraud and money laundering, the prosecuting authority said.",
                has={("Person", "Andile Mokoena")},
                id="caption-name-the-story-uses-guard"),
    entity_case("Prime Minister Leyla Demir sacked Foreign Minister Kemal Aydin on Sunday, her office said. "
                "Aydin had criticised Turkey's budget.\n\n"
                "Turkey Leyla Demir Kemal Aydin",
                has={("Person", "Kemal Aydin"), ("Person", "Leyla Demir")},
                lacks={("Person", "Leyla Demir Kemal Aydin")},
                id="tag-line-of-story-names"),
]


@pytest.mark.parametrize("text,has,lacks", NAME_CASES)
def test_names(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


EVENT_CASES = [
    event_case("Prime Minister Leyla Demir sacked Foreign Minister Kemal Aydin on Sunday, her office said. "
               "Aydin had criticised Turkey's budget.\n\n"
               "Turkey Leyla Demir Kemal Aydin",
               present={("DISMISSAL", "person:kemal-aydin")},
               absent={("DISMISSAL", "person:leyla-demir-kemal-aydin")},
               id="tag-line-joins-no-persons"),
]


@pytest.mark.parametrize("text,present,absent", EVENT_CASES)
def test_events(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)

