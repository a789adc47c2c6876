"""Round 6 links between entities already in the graph (whole-article probes of many outlets,
kept outside the repository): a person and a body both named, but not linked, because the
construction that joins them was not read. Made-up sentences, one general shape each, read by
the real spaCy pipeline; each case also says what must not be read.

  - "X as TITLE, replacing/succeeding Y" when the verb that names X is no trigger or the parse
    lost it ("gets X as permanent secretary, replacing Y"): X replaces Y (rules/replacements.py)
  - a successor does not take the post the one he succeeds has only just been given ("named X
    minister ... Y to succeed X in the intelligence post") (extract.RecordBuilder)
  - a title of three words joined by "of"/"in" before "of the BODY" and the name ("Chief of Staff
    of the Presidential Executive Office X") (rules/title_before.py)
  - "BODY title, X" and "BODY (ACRONYM) title, X" ("the Financial Services Commission chairman,
    X") (rules/appositions.py)
  - an outlet someone "told" is not the body of the title after it ("told VOA President X has ...")
  - no sentence ends at an abbreviated honorific before a name ("re-appointed Commissioner Amb. |
    X"), loaders/sentence_bounds.py; a rank the parse made the object ("replacing Lt. Gen X") hands
    the object on to the name after it (rules/replacements.py)
  - "The new Chief of Navy will be X": the title as the subject of "be" (rules/leaders.py)
  - "The Democratic Progressive Party, which X leads" (rules/leaders.leads_verb)
  - "oust the government of Prime Minister X": X heads the country's government (not "Mugabe's
    cabinet", which news writes for a president's ministers) (rules/leaders.government_of)
  - "X will take charge of / take on the ... portfolio / left to assume the leadership of BODY": a
    body the person comes to lead (rules/leaders.takes_charge, data/links.json)
  - "the junta named X as the deputy governor" after "central bank governor Y": the deputy is the
    bank's, not the appointing body's (rules/event_posts.py, through title_before.deputy_body)
  - "X has been transferred out, with Y being named as his successor": Y replaces X and takes X's post
    (rules/successor_nouns.successor_noun)
  - "the region" is the article's one area ("Primorye Governor X" makes Primorye one); who takes the
    head post of a body replaces the one who left its head post, though the titles differ ("acting
    head" / "Governor"; "A will now lead the commerce ministry, while the former commerce minister B will
    serve as labour minister": B moved on), and a deputy replaces no head (extract.ArticleState.org_by_head,
    RecordBuilder._same_body_replacements; same_posts.same_head)
  - "the man he is replacing, Y": the noun a relative clause of replacing describes is its object
    (rules/replacements.replace_event)
  - "X is set to assume the role of ..., taking over from Y": the passive subject up the clause chain
    is the one taking over (rules/replacements.take_over)
  - "Sangguniang Panlungsod (SP) members A, B, and C": each holds a seat on the council; a party's
    members are its members (rules/members.plural_member_title, data/links.json seat_bodies)
  - "X, currently serving as director of the state's Social Welfare Department" (rules/appositions.py)
  - "Secretary to Cabinet X", "appointed Presidential Envoy to the Urals Federal District": a body after
    "to" (not a country: "envoy to Syria") is the post's (rules/title_before.py, rules/event_posts.py)
  - "the Slovenian Infrastructure Ministry promptly dismissed X": a ministry or an agency that
    dismisses someone the story gives no post is where that person worked; not a parliament
    (extract.RecordBuilder._employer_posts, data/links.json employer_heads)
  - "A and B ... the two hard-line ministers from the National Union party": a counted plural title from
    a party is the persons just named with that title, when as many (not a Prime Minister for
    "ministers") (rules/members.counted_from_party)
  - "Copa, a MAS senator from El Alto": a member noun before "from" makes a membership
  - "belonged to FCN, Morales' party": a party, a comma, then "X's party"; "..., including its former
    presidential candidate X": its member (rules/members.py)
  - "the Governor of the Jewish Autonomous Region X": capitalised words ending in an area word are the
    place though the model reads "Jewish" as a people (rules/title_before.py)
  - "Council President X": a capitalised body word before the title is the article's one body of that
    word (rules/title_before.py)
  - "Parti Amanah Negara (Amanah) politician X": a bracketed short name that is no acronym, between the
    party and the member noun (rules/members.py)
  - the post a predecessor is appointed to in the article is not the one his successor takes; the
    successor's post is the one the predecessor held ("Kelly takes over from Gawn, who was recently
    appointed Chief of Staff to the UN mission"; "Y will assume the post of health minister, replacing X.
    X will instead helm the Federal Territories Ministry"; a post X himself took from someone)
    (extract.RecordBuilder)
"""
import pytest

from tests.conftest import check_relation_case, read_text as read

CASES = [
    # (kind, text, facts it must give, facts it must not give); a fact is (type, source, target)
    ("gets-x-as-post-replacing-y",
     "The directorate of veteran affairs gets Abraham Nangolo as permanent secretary, replacing Peter Haufiku, "
     "who retires.",
     [("REPLACED", "Abraham Nangolo", "Peter Haufiku")], [("REPLACED", "Peter Haufiku", "Abraham Nangolo")]),
    ("swore-in-x-as-minister-succeeding-y",
     "The president swore-in retired Adm. Luis Moreno as new minister of Internal and External Security, "
     "succeeding Pablo Ortega, while Ana Vera takes over the Interior Ministry.",
     [("REPLACED", "Luis Moreno", "Pablo Ortega")], [("REPLACED", "Ana Vera", "Pablo Ortega")]),
    ("thanked-x-as-host-praising-y-is-no-replacement",
     "The minister thanked John Smith as host of the summit, praising Mary Jones for her work.",
     [], [("REPLACED", "John Smith", "Mary Jones")]),
    ("successor-does-not-take-the-post-just-given",
     "Ecuadorian President Rafael Correa made changes to his Cabinet on Friday. The president swore-in retired "
     "Adm. Luis Moreno as new minister of Internal and External Security, succeeding Pablo Ortega. Moreno was "
     "until now intelligence secretary. Correa named retired Gen. Carlos Ruiz to succeed Moreno in the "
     "intelligence post.",
     [("REPLACED", "Carlos Ruiz", "Luis Moreno")],
     [("HOLDS_POSITION", "Carlos Ruiz", "Internal and External Security")]),
    ("chief-of-staff-of-the-body-then-name",
     "Chief of Staff of the Presidential Executive Office Sergei Ivanov introduced the new envoy to the governors.",
     [("HOLDS_POSITION", "Sergei Ivanov", "Presidential Executive Office")], []),
    ("body-then-title-comma-name",
     "Park also nominated South Korea's Financial Services Commission chairman, Yim Jong-yong, to be the "
     "finance minister.",
     [("HOLDS_POSITION", "Yim Jong-yong", "Financial Services Commission")], []),
    ("body-acronym-then-title-comma-name",
     "His co-accused, former National Olympic Committee of Kenya (Nock) official, Stephen Soi, was sentenced "
     "to ten years.",
     [("HOLDS_POSITION", "Stephen Soi", "National Olympic Committee of Kenya")], []),
    ("no-sentence-ends-at-an-abbreviated-honorific",
     "President Hakainde Hichilema has re-appointed Commissioner Amb. Ali Derrick Simwinga and made him Vice "
     "Chairperson.",
     [("APPOINTED", "Hakainde Hichilema", "Ali Derrick Simwinga")], []),
    ("replacing-a-rank-then-the-name",
     "Major General Brima Sesay has been named new Chief of Defence Staff, replacing Lt. Gen John Milton, who has "
     "been deployed to the diplomatic mission.",
     [("REPLACED", "Brima Sesay", "John Milton")], [("REPLACED", "John Milton", "Brima Sesay")]),
    ("the-new-title-will-be-x",
     "New Zealand's Defence Minister announced the appointments. The new Chief of Navy will be John Martin, "
     "a Commodore.",
     [("HOLDS_POSITION", "John Martin", "New Zealand Navy")], []),
    ("predecessor-moved-on-keeps-the-post-the-successor-takes",
     "New Zealand's Defence Minister announced the appointments. The new Chief of Army will be Peter Kelly, who is "
     "acting Chief of Army. Brigadier Kelly takes over from Major-General Dave Gawn, who was recently appointed "
     "Head of Mission and Chief of Staff to the United Nations Truce Supervision Organisation.",
     [("HOLDS_POSITION", "Dave Gawn", "New Zealand Army"), ("REPLACED", "Peter Kelly", "Dave Gawn")],
     [("HOLDS_POSITION", "Peter Kelly", "United Nations Truce Supervision Organisation"),
      ("PART_OF", "Staff to of the United Nations Truce Supervision Organisation",
       "United Nations Truce Supervision Organisation")]),
    ("will-take-charge-of-the-ministry",
     "Union Auditor General Kan Zaw will take charge of the Ministry of Investment and Foreign Economic Relations.",
     [("HOLDS_POSITION", "Kan Zaw", "Ministry of Investment and Foreign Economic Relations")], []),
    ("will-take-on-the-ministry-portfolio",
     "Mr Johari will take on the Plantation Industries and Commodities Ministry portfolio.",
     [("HOLDS_POSITION", "Johari", "Plantation Industries and Commodities Ministry")], []),
    ("left-to-assume-the-leadership-of",
     "The office was held until recently by musician Galo Mora, who left the government to assume the leadership "
     "of the Alianza Pais movement.",
     [("HOLDS_POSITION", "Galo Mora", "Alianza Pais")], []),
    ("refused-or-may-take-charge-is-no-post",
     "John Smith refused to take charge of the Central Bank of Kenya. Mary Jones may take charge of the Kenya "
     "Revenue Authority.",
     [], [("HOLDS_POSITION", "John Smith", "Central Bank of Kenya"),
          ("HOLDS_POSITION", "Mary Jones", "Kenya Revenue Authority")]),
    ("deputy-named-by-a-junta-is-the-bank-s",
     "Myanmar's central bank governor Than Nyein was allowed to retire. The junta named Zaw Myint Naing as the "
     "deputy governor.",
     [("HOLDS_POSITION", "Zaw Myint Naing", "Burmese central bank")],
     [("HOLDS_POSITION", "Zaw Myint Naing", "Burmese junta")]),
    ("being-named-as-his-successor",
     "PHUKET: Phuket Governor Chokchai Dejamornthan has been transferred out after just six months on the job, "
     "with Norraphat Plodthong – previously Provincial Management Adviser at the Office of the Permanent "
     "Secretary of Interior – being named as his successor. Governor Arun Somboon has been transferred out, "
     "with Prasit Wongsawat being named as his successor.",
     [("REPLACED", "Norraphat Plodthong", "Chokchai Dejamornthan"), ("REPLACED", "Prasit Wongsawat", "Arun Somboon")],
     [("REPLACED", "Chokchai Dejamornthan", "Norraphat Plodthong")]),
    ("your-successor-is-no-third-person",
     "I greet former Police Commissioner Howard Broad, and Robin Peters, your successor as Commissioner Peter "
     "Marshall.",
     [], [("REPLACED", "Robin Peters", "Howard Broad")]),
    ("party-short-name-in-brackets-then-politician",
     "Meanwhile, Parti Amanah Negara (Amanah) politician Dzulkefly Ahmad will assume the post of health minister.",
     [("MEMBER_OF", "Dzulkefly Ahmad", "Parti Amanah Negara")], []),
    ("acting-head-of-the-region-replaces-the-governor",
     "Dmitry Medvedev accepted the resignation of Primorye Governor Sergei Darkin. The Executive Order appoints "
     "Vladimir Miklushevsky acting head of the region.",
     [("HOLDS_POSITION", "Vladimir Miklushevsky", "Primorye"), ("REPLACED", "Vladimir Miklushevsky", "Sergei Darkin")],
     []),
    ("a-deputy-replaces-no-one-who-left-the-head-post",
     "Lagos State Governor John Banda resigned on Monday. Mary Phiri was appointed deputy governor of Lagos State.",
     [("HOLDS_POSITION", "Mary Phiri", "Lagos State")], [("REPLACED", "Mary Phiri", "John Banda")]),
    ("council-president-is-the-article-s-one-council",
     "The City Council voted to remove the mayor from office. He will hand his duties to Council President Cliff "
     "Ponte.",
     [("HOLDS_POSITION", "Cliff Ponte", "City Council")], []),
    ("is-set-to-assume-taking-over-from",
     "Meanwhile, UMNO deputy president Mohamad Hasan is set to assume the role of minister of foreign affairs, "
     "taking over from Dr Zambry Abdul Kadir.",
     [("REPLACED", "Mohamad Hasan", "Zambry Abdul Kadir")], [("REPLACED", "Zambry Abdul Kadir", "Mohamad Hasan")]),
    ("takes-the-ministry-the-former-minister-moves-from",
     "Minister of Investment Aung Naing Oo will now lead the commerce ministry as the Union Minister, while the "
     "former commerce minister Pwint San will serve as the labour minister.",
     [("REPLACED", "Aung Naing Oo", "Pwint San")], [("REPLACED", "Pwint San", "Aung Naing Oo")]),
    ("council-members-list-hold-seats",
     "The court convicted former mayor Faustino Silang, as well as Sangguniang Panlungsod (SP) members Venerando "
     "Rea, Rex Abadilla, and Macario Reyes, for violating the law.",
     [("HOLDS_POSITION", "Venerando Rea", "Sangguniang Panlungsod"),
      ("HOLDS_POSITION", "Rex Abadilla", "Sangguniang Panlungsod"),
      ("HOLDS_POSITION", "Macario Reyes", "Sangguniang Panlungsod")],
     [("HOLDS_POSITION", "Faustino Silang", "Sangguniang Panlungsod")]),
    ("currently-serving-as-title-of-body",
     "Ranjan, currently serving as director of the state's Social Welfare Department, was arrested after a "
     "day-long grilling.",
     [("HOLDS_POSITION", "Ranjan", "Social Welfare Department")], []),
    ("the-party-which-x-leads",
     "The Democratic Progressive Party, which John Banda leads, won the vote.",
     [("HOLDS_POSITION", "John Banda", "Democratic Progressive Party")], []),
    ("the-predecessor-s-next-post-is-not-taken-over",
     "Malaysia's Prime Minister reshuffled his cabinet. Meanwhile, Parti Amanah Negara (Amanah) politician "
     "Dzulkefly Ahmad will assume the post of health minister, replacing Dr Zaliha Mustafa. Dr Zaliha will "
     "instead helm the Federal Territories Ministry.",
     [("REPLACED", "Dzulkefly Ahmad", "Zaliha Mustafa"),
      ("HOLDS_POSITION", "Zaliha Mustafa", "Malaysian Ministry of Health")],
     [("HOLDS_POSITION", "Dzulkefly Ahmad", "Malaysian Ministry of Federal Territories")]),
    ("secretary-to-cabinet-x",
     "The changes were announced in a statement by Secretary to Cabinet George Simataa.",
     [("HOLDS_POSITION", "George Simataa", "Cabinet")], []),
    ("appointed-title-to-the-body",
     "Major-General Dave Gawn was recently appointed Head of Mission and Chief of Staff to the United Nations "
     "Truce Supervision Organisation. John Banda was appointed special envoy to Syria.",
     [("HOLDS_POSITION", "Dave Gawn", "United Nations Truce Supervision Organisation")],
     [("HOLDS_POSITION", "John Banda", "Syria")]),
    ("the-government-of-prime-minister-x",
     "Ukraine's parliament has voted to oust the government of pro-Moscow Prime Minister Viktor Yanukovych. "
     "Zimbabwe's Robert Mugabe's cabinet met on Monday.",
     [("HOLDS_POSITION", "Viktor Yanukovych", "Ukrainian government")],
     [("HOLDS_POSITION", "Robert Mugabe", "Zimbabwean cabinet")]),
    ("dismissed-by-the-ministry-worked-there",
     "Journalist Lea Majcen stumped government official Tilen Smolnikar with basic questions. A day after the "
     "interview, the Slovenian Infrastructure Ministry promptly dismissed Smolnikar. Parliament dismissed "
     "John Banda on Friday.",
     [("HOLDS_POSITION", "Tilen Smolnikar", "Slovenian Ministry of Infrastructure")],
     [("HOLDS_POSITION", "John Banda", "Parliament")]),
    ("the-two-ministers-from-the-party",
     "Prime Minister Ariel Sharon summoned Transportation Minister Avigdor Lieberman and Tourism Minister Benny "
     "Elon to his office. The firing of the two hard-line ministers from the National Union party is the latest "
     "political maneuvering.",
     [("MEMBER_OF", "Avigdor Lieberman", "National Union"), ("MEMBER_OF", "Benny Elon", "National Union")],
     [("MEMBER_OF", "Ariel Sharon", "National Union")]),
    ("party-then-owner-s-party",
     "Outgoing president Jimmy Morales regained immunity. Two of the former legislators with pending arrest "
     "warrants belonged to FCN, Morales’ party.",
     [("MEMBER_OF", "Jimmy Morales", "FCN")], []),
    ("its-candidate-is-the-party-s-member",
     "Two of the former legislators with pending arrest warrants belonged to FCN, Morales’ party, including its "
     "former presidential candidate Estuardo Galdamez.",
     [("MEMBER_OF", "Estuardo Galdamez", "FCN")], []),
    ("governor-of-an-area-the-model-reads-as-a-people",
     "The President resolved to accept the voluntary resignation of the Governor of the Jewish Autonomous Region "
     "Rostislav Goldstein. Maria Kostyuk was appointed Acting Governor of the Jewish Autonomous Region.",
     [("HOLDS_POSITION", "Rostislav Goldstein", "Jewish Autonomous Region"),
      ("REPLACED", "Maria Kostyuk", "Rostislav Goldstein")], []),
    ("the-man-he-is-replacing-x",
     "The new Commissioner of the Anti-Corruption Commission Abdul Tejan-Cole has worked as a human rights lawyer. "
     "Many say the man he is replacing, Henry Joko-Smart, failed to do enough to investigate corruption.",
     [("REPLACED", "Abdul Tejan-Cole", "Henry Joko-Smart")], [("REPLACED", "Henry Joko-Smart", "Abdul Tejan-Cole")]),
    ("party-senator-from-a-place-is-a-member",
     "After the resignation of the previous President of the Senate, Eva Copa, a MAS senator from El Alto, "
     "Bolivia, assumed the leadership position.",
     [("MEMBER_OF", "Eva Copa", "MAS")], [("HOLDS_POSITION", "Eva Copa", "MAS")]),
    ("told-outlet-is-not-the-body-of-the-title",
     "Minister of Information Lawrence Bropleh told VOA President Sirleaf has promised a major reshuffle.",
     [], [("HOLDS_POSITION", "Sirleaf", "VOA")]),
]


@pytest.mark.parametrize("kind,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_link_kind(extractor, kind, text, must, must_not):
    check_relation_case(read(extractor, text), kind, must, must_not)
