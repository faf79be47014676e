"""Speakers: every pattern of issue 3 on test articles written for this suite, and the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from datasette_factcheck.extract import extract_claims
from datasette_factcheck.extract.speakers import find_attribution, split_phrase
from datasette_factcheck.readers import collect_inputs, read_input

ARTICLES = Path(__file__).parent / "articles"
SEED = "seed/000_1594414d4f800990.txt"


def read_body(path: Path) -> str:
    inputs, errors = collect_inputs([str(path)])
    assert not errors
    (article,) = list(read_input(inputs[0], "auto"))
    return article.body


def claim_with(claims, fragment: str):
    found = [c for c in claims if fragment in c.text]
    assert len(found) == 1, f"{fragment!r} is in {len(found)} claims"
    return found[0]


@pytest.fixture(scope="module")
def article_claims():
    cache: dict[str, list] = {}

    def get(name: str):
        if name not in cache:
            cache[name] = extract_claims(read_body(ARTICLES / name))
        return cache[name]

    return get


# (article, fragment of the sentence, speaker, role); None means no speaker / no role.
EXPECTED = [
    # X said ..., with a title that becomes the role
    ("port-strike.txt", "Port authority director Anna Kowalczyk said", "Anna Kowalczyk",
     "Port authority director"),
    # "...," X told reporters: a later surname-only mention mapped to the full name
    ("port-strike.txt", "Kowalczyk told reporters outside", "Anna Kowalczyk",
     "Port authority director"),
    # a pronoun with "insisted that"
    ("port-strike.txt", "She insisted that no worker", "Anna Kowalczyk", "Port authority director"),
    ("port-strike.txt", "Union leader Tomas Brandt rejected", "Tomas Brandt", "Union leader"),
    # "...," said X
    ("port-strike.txt", "said Brandt.", "Tomas Brandt", "Union leader"),
    # according to an organisation
    ("port-strike.txt", "According to the union", "the union", None),
    # X warned that ...
    ("port-strike.txt", "Transport Minister Julien Moreau warned", "Julien Moreau",
     "Transport Minister"),
    # pronoun + told reporters + colon-introduced quote, and the quote's second sentence
    ("port-strike.txt", "He told reporters in the capital", "Julien Moreau", "Transport Minister"),
    ("port-strike.txt", "It feeds the whole country.", "Julien Moreau", "Transport Minister"),
    # X added that
    ("port-strike.txt", "Moreau added that the army", "Julien Moreau", "Transport Minister"),
    # X claimed that
    ("port-strike.txt", "Brandt claimed that the authority", "Tomas Brandt", "Union leader"),
    # unnamed source, then "the spokesperson" refers back to it
    ("port-strike.txt", "A spokesperson for the authority denied", "a spokesperson for the authority",
     None),
    ("port-strike.txt", "the spokesperson said.", "a spokesperson for the authority", None),
    # organisations and countries as speakers
    ("port-strike.txt", "Reuters reported that", "Reuters", None),
    ("port-strike.txt", "France said it would not", "France", None),
    ("port-strike.txt", "Shipping analyst Priya Natarajan said", "Priya Natarajan",
     "Shipping analyst"),
    # a pronoun inside the sentence: "..., she said, ..."
    ("port-strike.txt", "The automated terminal, she said", "Priya Natarajan", "Shipping analyst"),
    # X announced that
    ("port-strike.txt", "Officials at the port announced", "officials at the port", None),
    # the article's own voice
    ("port-strike.txt", "The strike has left 214 container ships", None, None),
    ("port-strike.txt", "The two sides had met nine times", None, None),
    # according to a document: who published it (at first labelled "a report"); "the report"
    # later is theirs too
    ("flood-report.txt", "according to a report published on Friday", "the regional river agency",
     None),
    ("flood-report.txt", "The report found that 640 homes", "the regional river agency", None),
    # "The ROLE, NAME, said"
    ("flood-report.txt", "The agency's director, Mei Tanaka, said", "Mei Tanaka",
     "agency's director"),
    # a quote over two sentences attributed by a pronoun in the second
    ("flood-report.txt", "Nobody checked the seals.", "Mei Tanaka", "agency's director"),
    # the next quotation in the same paragraph, with no attribution of its own
    ("flood-report.txt", "When the water came", "Mei Tanaka", "agency's director"),
    ("flood-report.txt", "Tanaka said the agency would ask", "Mei Tanaka", "agency's director"),
    ("flood-report.txt", "Residents said they had been told", "residents", None),
    # two people share a surname: the full name said last wins for "Okonkwo said"
    ("flood-report.txt", "Maria Okonkwo, who chairs", "Maria Okonkwo",
     "chair of the Millford residents' association"),
    ("flood-report.txt", "David Okonkwo said.", "David Okonkwo", None),
    ("flood-report.txt", "Insurance will pay for some of it", "David Okonkwo", None),
    ("flood-report.txt", "Her brother, David Okonkwo, runs", None, None),
    # title "Local MP", surname-only with a colon-introduced quote, a quote over paragraphs
    ("flood-report.txt", "Local MP Richard Hale called", "Richard Hale", "Local MP"),
    ("flood-report.txt", "Hale wrote on social media", "Richard Hale", "Local MP"),
    ("flood-report.txt", "It was spent on consultants", "Richard Hale", "Local MP"),
    ("flood-report.txt", "I will be asking the minister why.", "Richard Hale", "Local MP"),
    ("flood-report.txt", "The Environment Ministry said", "Environment Ministry", None),
    ("flood-report.txt", "Critics argued that", "critics", None),
    ("flood-report.txt", "forecasters said.", "forecasters", None),
    # ", the board announced"; then "The board said" refers back to it
    ("clinic-closures.md", "the county health board announced", "the county health board", None),
    ("clinic-closures.md", "The board said it could not find", "the county health board", None),
    ("clinic-closures.md", "Dr. Sarah Quinn, who has run", "Sarah Quinn", "Dr."),
    ("clinic-closures.md", "Not one person applied", "Sarah Quinn", "Dr."),
    ("clinic-closures.md", "Young doctors want to work in towns", "Sarah Quinn", "Dr."),
    ("clinic-closures.md", "told a public meeting", "Omar Haddad", "board's chief executive"),
    ("clinic-closures.md", "We will run a mobile clinic", "Omar Haddad", "board's chief executive"),
    ("clinic-closures.md", "Haddad said the mobile clinic", "Omar Haddad",
     "board's chief executive"),
    ("clinic-closures.md", "Campaigners disputed his figures.", "campaigners", None),
    ("clinic-closures.md", "which has collected 4,800 signatures, claimed", "Dale Patients' Alliance",
     None),
    ("clinic-closures.md", "The alliance said the board had ignored", "Dale Patients' Alliance",
     None),
    # heldout-rail-fares.txt was labelled before the extractor first ran on it (11 of these 16
    # right on that first run; the rules were then generalised: a role after an inverted
    # attribution, subjects as pronoun referents, he/she agreement, "figures from X",
    # "accused"). Keep it as a regression test.
    ("heldout-rail-fares.txt", "Regulated rail fares will rise", "Rail Partners", "industry body"),
    ("heldout-rail-fares.txt", "Passenger groups reacted", None, None),
    ("heldout-rail-fares.txt", "Commuters are being asked", "Hannah Briggs",
     "director of the campaign group Fair Fares"),
    # (labelled None when this file was written; three blind labellers of sets 40 and 41 give
    # "X defended the cuts" to X, as "welcomed" and "rejected" are, and so does the extractor now)
    ("heldout-rail-fares.txt", "Transport Secretary Louise Hartley defended", "Louise Hartley",
     "Transport Secretary"),
    ("heldout-rail-fares.txt", "Speaking in parliament, she said", "Louise Hartley",
     "Transport Secretary"),
    ("heldout-rail-fares.txt", "This is investment, not profit", "Louise Hartley",
     "Transport Secretary"),
    ("heldout-rail-fares.txt", "According to figures from the Office", "Office of Rail and Road",
     None),
    ("heldout-rail-fares.txt", "Opposition transport spokesman Daniel Achebe", "Daniel Achebe",
     "Opposition transport spokesman"),
    ("heldout-rail-fares.txt", "He claimed that fares", "Daniel Achebe",
     "Opposition transport spokesman"),
    ("heldout-rail-fares.txt", "The Treasury said", "Treasury", None),
    ("heldout-rail-fares.txt", "We looked at a freeze", "a senior government official", None),
    ("heldout-rail-fares.txt", "It would have cost", "a senior government official", None),
    ("heldout-rail-fares.txt", "Unions warned", "unions", None),
    ("heldout-rail-fares.txt", "Mick Rowe, general secretary", "Mick Rowe",
     "general secretary of the rail union RTU"),
    ("heldout-rail-fares.txt", "Rowe added that", "Mick Rowe",
     "general secretary of the rail union RTU"),
    ("heldout-rail-fares.txt", "Bus fares in the region", "the combined authority", None),
    # heldout-wildfire.txt, labelled the same way: 12 of these 18 right on the first run (then:
    # "forecast" as a reporting verb, occupations as roles ("Farmer Gregor Haas"), "Police said",
    # possessive determiners dropped from roles).
    ("heldout-wildfire.txt", "About 3,000 residents were ordered", "fire officials", None),
    ("heldout-wildfire.txt", "The blaze began on Friday", None, None),
    ("heldout-wildfire.txt", "Investigators believe it was started",
     "Martin Delgado", "Fire Chief"),
    ("heldout-wildfire.txt", "We have never seen a fire", "Martin Delgado", "Fire Chief"),
    ("heldout-wildfire.txt", "The wind is doing most of the work", "Martin Delgado", "Fire Chief"),
    ("heldout-wildfire.txt", "The regional weather service has forecast",
     "the regional weather service", None),
    ("heldout-wildfire.txt", "Its chief meteorologist, Ines Varga, warned",
     "Ines Varga", "chief meteorologist"),
    ("heldout-wildfire.txt", "Castleton mayor Paul Osei said", "Paul Osei", "Castleton mayor"),
    ("heldout-wildfire.txt", "He urged residents", "Paul Osei", "Castleton mayor"),
    ("heldout-wildfire.txt", "The national government announced", "the national government", None),
    ("heldout-wildfire.txt", "Interior Minister Clara Jensen told reporters",
     "Clara Jensen", "Interior Minister"),
    ("heldout-wildfire.txt", "Not everyone has left.", None, None),
    ("heldout-wildfire.txt", "Farmer Gregor Haas, 64, said", "Gregor Haas", "Farmer"),
    ("heldout-wildfire.txt", "I have 200 sheep.", "Gregor Haas", "Farmer"),
    ("heldout-wildfire.txt", "Where would I take them?", "Gregor Haas", "Farmer"),
    ("heldout-wildfire.txt", "Environmental group Forest Watch said",
     "Forest Watch", "Environmental group"),
    # (labelled "the government" at first; the article named it "the national government")
    ("heldout-wildfire.txt", "The government rejected that claim", "the national government",
     None),
    ("heldout-wildfire.txt", "Police said two roads", "police", None),
    # heldout-factory.txt, labelled the same way after the two above were fixed: 15 of 15 right
    # on the first run.
    # (labelled "the company" at first; the company it names, in the same sentence, is better)
    ("heldout-factory.txt", "Nordvik Motors will cut 1,200 jobs", "Nordvik Motors", None),
    ("heldout-factory.txt", "The plant, which opened in 1987", None, None),
    # ("the statement" at first; whose statement it is is better)
    ("heldout-factory.txt", "Demand for the model fell by 18 percent", "Nordvik Motors", None),
    ("heldout-factory.txt", "In an interview with the Northern Business Review",
     "Anders Moe", "chief executive"),
    ("heldout-factory.txt", "He added that no decision", "Anders Moe", "chief executive"),
    ("heldout-factory.txt", "The union representing most of the workers, IF Metall, said",
     "IF Metall", "union representing most of the workers"),
    ("heldout-factory.txt", "Its regional chairman, Jonas Berg",
     "Jonas Berg", "regional chairman"),
    ("heldout-factory.txt", "They promised us in January", "Jonas Berg", "regional chairman"),
    ("heldout-factory.txt", "Now they tell us a third", "Jonas Berg", "regional chairman"),
    ("heldout-factory.txt", "Economists were divided.", None, None),
    ("heldout-factory.txt", "Karin Holm, an analyst at Nordbank, said",
     "Karin Holm", "analyst at Nordbank"),
    ("heldout-factory.txt", "But Erik Sand of the Institute for Labour Studies said",
     "Erik Sand", "of the Institute for Labour Studies"),
    ("heldout-factory.txt", "The town's mayor, Lena Dahl, said", "Lena Dahl", "town's mayor"),
    ("heldout-factory.txt", "Halden cannot lose a quarter", "Lena Dahl", "town's mayor"),
    ("heldout-factory.txt", "The plant is the largest employer", None, None),
    # heldout-court.txt, labelled the same way after the three above: 11 of 14 right on the
    # first run (then: "asked for", "agreed to" are not reported speech, a participle opening
    # the sentence is no subject, an apposition before the verb wins over the sentence start).
    ("heldout-court.txt", "A former mayor of Riverside was sentenced", None, None),
    ("heldout-court.txt", "Victor Kane, 58, was convicted", None, None),
    ("heldout-court.txt", "You sold the trust of the people", "Maria Ortega", "Judge"),
    ("heldout-court.txt", "Prosecutors had asked for eight years.", None, None),
    ("heldout-court.txt", "In a statement, the district attorney's office said",
     "the district attorney's office", None),
    ("heldout-court.txt", "Kane's lawyer, Daniel Price, argued", "Daniel Price", "Kane's lawyer"),
    ("heldout-court.txt", "Price said Kane would appeal.", "Daniel Price", "Kane's lawyer"),
    ("heldout-court.txt", "Speaking outside the courthouse", "Emma Kane", "Kane's daughter"),
    ("heldout-court.txt", "One of the firms, Brightline Builders, has agreed",
     "court documents", None),
    ("heldout-court.txt", "A spokesman for the company declined", None, None),
    ("heldout-court.txt", "The city has since changed", None, None),
    ("heldout-court.txt", "Every bid is now reviewed", "Ruth Obi", "current mayor"),
    ("heldout-court.txt", "That should have happened years ago.", "Ruth Obi", "current mayor"),
    ("heldout-court.txt", "Kane is the third Riverside official", None, None),
    # heldout-study.txt, labelled the same way after the four above: 14 of 15 right on the first
    # run (then: "the trust" refers back to an organisation named earlier, not only to one
    # that spoke).
    ("heldout-study.txt", "People who commute for more than an hour", "a study", None),
    ("heldout-study.txt", "The researchers followed 4,200", None, None),
    ("heldout-study.txt", "Lead author Dr. Naomi Fischer",
     "Naomi Fischer", "sleep scientist at Eastbrook University"),
    ("heldout-study.txt", "Commuting eats into the time",
     "Naomi Fischer", "sleep scientist at Eastbrook University"),
    ("heldout-study.txt", "It is not that they go to bed later.",
     "Naomi Fischer", "sleep scientist at Eastbrook University"),
    ("heldout-study.txt", "They get up earlier.",
     "Naomi Fischer", "sleep scientist at Eastbrook University"),
    ("heldout-study.txt", "The study was funded by", None, None),
    ("heldout-study.txt", "The trust said it had no role", "Better Journeys Trust", None),
    ("heldout-study.txt", "Not all experts were convinced.", None, None),
    ("heldout-study.txt", "Professor Alan Kiprop, who was not involved",
     "Alan Kiprop", "Professor"),
    ("heldout-study.txt", "He said people with long commutes", "Alan Kiprop", "Professor"),
    ("heldout-study.txt", "The authors acknowledged", "the authors", None),
    ("heldout-study.txt", "They wrote that further studies", "the authors", None),
    ("heldout-study.txt", "Employers' group Work Forward said",
     "Work Forward", "Employers' group"),
    ("heldout-study.txt", "Average commuting times in the region", None, None),
    # heldout-match.txt, labelled the same way after the five above: 12 of 14 right on the first
    # run; both misses were Dean Walsh's role, labelled "Former Rovers striker" while the
    # extractor gave only the apposition "now a television pundit". Both roles are now kept.
    ("heldout-match.txt", "Ashford Rovers sacked manager Tom Ellery", None, None),
    ("heldout-match.txt", "Ellery, 47, took charge in June 2024", None, None),
    ("heldout-match.txt", "The club's owner, Rashid Malik, thanked",
     "Rashid Malik", "club's owner"),
    ("heldout-match.txt", "Tom gave everything", "Rashid Malik", "club's owner"),
    ("heldout-match.txt", "Sometimes that is not enough.", "Rashid Malik", "club's owner"),
    ("heldout-match.txt", "Captain Luke Foster said the players", "Luke Foster", "Captain"),
    ("heldout-match.txt", "We let him down", "Luke Foster", "Captain"),
    ("heldout-match.txt", "The dressing room is gutted.", "Luke Foster", "Captain"),
    ("heldout-match.txt", "Former Rovers striker Dean Walsh",
     "Dean Walsh", "Former Rovers striker, now a television pundit"),
    ("heldout-match.txt", "According to Walsh, the squad",
     "Dean Walsh", "Former Rovers striker, now a television pundit"),
    ("heldout-match.txt", "Assistant coach Maria Santos will take charge", "Ashford Rovers", None),
    # (a stance: "welcomed the change" is the trust's, as 7 of 9 labelled sentences read it)
    ("heldout-match.txt", "Supporters' group Rovers Trust welcomed", "Rovers Trust",
     "Supporters' group"),
    ("heldout-match.txt", "Its chair, Paul Greaves, said", "Paul Greaves", "chair"),
    ("heldout-match.txt", "Rovers have not won a league game", None, None),
    # "said the minister": the person named earlier with a role ending in that noun
    ("budget-speech.txt", "said the minister", "Maria Lopez", "Finance Minister"),
    # ... but "the finance ministry" is not the minister
    ("budget-speech.txt", "The finance ministry said", "the finance ministry", None),
    # a lone surname with an appositive role keeps the role at its next mention
    ("budget-speech.txt", "Okafor, a spokesman for the transport union", "Okafor",
     "spokesman for the transport union"),
    ("budget-speech.txt", "Okafor said a national strike", "Okafor",
     "spokesman for the transport union"),
    # ... and is a person, whom a later "he" means
    ("budget-speech.txt", "He added that 12 of the union", "Okafor",
     "spokesman for the transport union"),
    # a surname after an honorific is a person too, whom "she" can mean
    # (the role comes from "who chairs the budget committee", not from the honorific)
    ("budget-speech.txt", "Dr. Mensah, who chairs", "Mensah", "chair of the budget committee"),
    ("budget-speech.txt", "She said the gap was the largest", "Mensah",
     "chair of the budget committee"),
    # no person was named with the role "spokesman for the teachers' association"
    ("budget-speech.txt", "The spokesman for the teachers", "the spokesman for the teachers' association", None),
]

# (sentences in order, the expected speaker and role of the last one): what earlier sentences
# set up.
SEQUENCES = [
    # "Ms Ockenden" after "senior midwife Donna Ockenden": her role, not the honorific
    (["The review, led by senior midwife Donna Ockenden, examined 1,592 cases.",
      "Ms Ockenden said the trust had failed to learn from 201 deaths."],
     "Donna Ockenden", "senior midwife"),
    # "it" after an unnamed body: the body
    (["Modera will close 80 stores, putting 2,400 jobs at risk, the company said on Monday.",
      "It said online sales now made up 60 percent of its revenue."], "the company", None),
    # "the company" / "the chipmaker" just after a named business: the business
    (["Nvidia reported revenue of 30 billion dollars on Wednesday.",
      "The chipmaker said sales in China fell 5 percent."], "Nvidia", None),
    (["Modera said it would close 80 stores.",
      "The retailer added that 2,400 jobs were at risk."], "Modera", None),
    # ... but not a news outlet that reported on it, nor a business named long before
    (["Apple's sales fell 4 percent, Bloomberg reported.",
      "The company said it would cut 300 jobs."], "the company", None),
    (["Modera said it would close 80 stores.", "Shoppers were surprised.", "Rents rose 9 percent.",
      "Footfall fell by a third.", "Online sales doubled in 2024.",
      "The company said 2,400 jobs were at risk."], "the company", None),
    # "the Italian coach", "the 44-year-old coach": the person named with that role
    (["Chelsea head coach Enzo Maresca said the club would appeal.",
      "The Italian coach said the ban was unfair."], "Enzo Maresca", "Chelsea head coach"),
    (["Chelsea head coach Enzo Maresca said the club would appeal.",
      "The 44-year-old coach said he had done nothing wrong."], "Enzo Maresca", "Chelsea head coach"),
    # ... and no one when no one was named with it
    (["Chelsea head coach Enzo Maresca said the club would appeal.",
      "The Spanish minister said the ban was fair."], "the Spanish minister", None),
    # a quotation in single quotes, then who said it (British style)
    (["Professor Helen Bedford told The Guardian that vaccination rates had fallen.",
      "'It is not a mystery why we are seeing 2,000 outbreaks,' she said."],
     "Helen Bedford", "Professor"),
    (["Professor Helen Bedford told The Guardian that vaccination rates had fallen.",
      "'Measles cases rose 40 percent,' Bedford said."], "Helen Bedford", "Professor"),
    # a later mention that starts with a name particle, capitalised as a sentence opens
    (["Rhun ap Iorwerth, the leader of Plaid Cymru, said turnout had doubled to 40 percent.",
      "Ap Iorwerth claimed that Labour had lost 12 seats."],
     "Rhun ap Iorwerth", "leader of Plaid Cymru"),
    (["Marie-Claude van der Berg, a neuroscientist at Leiden University, said 30 percent of "
      "samples held plastic.", "Van der Berg said that contamination could explain 5 percent."],
     "Marie-Claude van der Berg", "neuroscientist at Leiden University"),
    (["PSG president Nasser al-Khelaifi said the club paid 180 million euros.",
      "Al-Khelaifi said the player had promised in 2022 to stay."],
     "Nasser al-Khelaifi", "PSG president"),
    # a surname alone opening a sentence makes its person the one a later "he" means
    (["Sen. Mark Hollis said the bill cost 14 billion dollars.",
      "Rep. Luis Ortega said deportation flights had doubled to 1,200.",
      "Hollis later softened his tone.",
      "He told Fox News that at least 12 Republican senators would negotiate."],
     "Mark Hollis", "Sen."),
    # ... but "he" is not someone named after it in the same sentence
    (["Sen. Mark Hollis said the bill cost 14 billion dollars.",
      "Rep. Luis Ortega said deportation flights had doubled to 1,200.",
      "Hollis later softened his tone.",
      "He said Hollis had misread the 40 percent figure."], "Luis Ortega", "Rep."),
    # "Shri Tiwari" after the full name
    (["Education Minister Shri Ramesh Chandra Tiwari announced that 4,800 posts would be filled.",
      "Addressing a press conference, Shri Tiwari said that 2,100 posts were vacant."],
     "Ramesh Chandra Tiwari", "Education Minister"),
    # ... and a pronoun subject before the colon
    (["Laura Mendes said 40 percent of the money was lost.",
      'On the pledge, she did not mince words: "Rich countries paid 25 billion dollars."'],
     "Laura Mendes", None),
    # "Campen's team ..., he said": Campen, not the spokesperson of a body quoted before
    (["Toxicologist Matthew Campen said 12 samples held plastic.",
      "A spokesperson for Plastics Europe said the study found only 5 percent.",
      "Campen's team plans to analyse 1,000 more samples by 2026, he said."],
     "Matthew Campen", "Toxicologist"),
    # a bare quotation straight after a short sentence about a person: theirs
    (["Laura Mendes spent 20 years at the World Bank.",
      "Asked why she left the bank, Mendes was blunt.",
      '"We published 200 papers and only 23 countries adopted a carbon tax."'],
     "Laura Mendes", None),
    # ... but not after the article's own voice about something else
    (["Laura Mendes spent 20 years at the World Bank.",
      "The bank lent 40 billion dollars last year.",
      '"We published 200 papers and only 23 countries adopted a carbon tax."'], None, None),
    # a later mention by a family name written first, or without its particle
    (["Co-author Professor Zhang Wei of the University of Tasmania said sea ice fell by 2 "
      "million square kilometres.", '"It holds that heat for 40 years," Zhang said.'],
     "Zhang Wei", "Co-author Professor of the University of Tasmania"),
    (["Syrian President Ahmed al-Sharaa said 12 towns were retaken.",
      "Sharaa said 30 people had died."], "Ahmed al-Sharaa", "Syrian President"),
    # "he"/"she" agree with what the text says of a person or an unnamed source
    (["Ann Lee, an analyst, said prices fell 20 percent in 2023.",
      "Mr. Baker said revenue rose 5 percent.",
      "She said margins would fall to 3 percent next year."], "Ann Lee", "analyst"),
    (["Margaret Irvine said the tower has 76 steps.",
      "Her father, Jimmy Irvine, kept the light for 30 years.",
      '"I have seen two wrecks since 1980," she says.'], "Margaret Irvine", None),
    (["Helen Whyley, the college's director in Wales, said 400 nurses had left.",
      "'We have recruited 150 nurses since April,' the spokeswoman said.",
      "'Sickness rates are down 2 percent on last year,' she continued."],
     "the spokeswoman", None),
    # a place or club after "at"/"in" is not whom "he" means
    (["John Smith, the federation president, said the calendar was full.",
      "Players at Real Madrid had played an average of 58 matches last season, he said."],
     "John Smith", "federation president"),
    # "the committee" is the committee, not the person who chairs it
    (["Professor Piers Forster, who chairs the Climate Change Committee, said emissions rose "
      "4 percent.", "According to the committee, 85 percent of the coal would be exported."],
     "Climate Change Committee", None),
    # "The Commission said" after "The European Commission": that commission
    (["The European Commission fined Meta 800 million euros on Thursday.",
      "The Commission said the investigation had found 3 breaches."],
     "European Commission", None),
    # "as X put it", "is quoted as saying"
    (["District Attorney Rebecca Lindqvist said 40 charges were filed.",
      'As Lindqvist put it, "nobody has won with less than 45 percent turnout."'],
     "Rebecca Lindqvist", "District Attorney"),
    (["District Attorney Rebecca Lindqvist said 40 charges were filed.",
      "Lindqvist is quoted as saying that the trial could begin on 12 January."],
     "Rebecca Lindqvist", "District Attorney"),
    # two surnames together: the two people named before
    (["Daniel Kebede said 40 schools would strike.", "Gillian Keegan said 30 percent was funded.",
      "Kebede and Keegan both said they were willing to meet on 12 March."],
     "Daniel Kebede and Gillian Keegan", None),
    # a person introduced with modifiers before the role is the subject a later "she" means
    (["Tom Smith said polls showed a 4 point lead.",
      "Trump campaign spokeswoman Karoline Leavitt dismissed the result.",
      '"Every serious poll shows a 5 point lead," she said in a statement.'],
     "Karoline Leavitt", "Trump campaign spokeswoman"),
    # "the 57-year-old": the person given that age
    (["Imran Khan, a 57-year-old shopkeeper, said the water rose 2 metres.",
      "Officials said 40 people died.",
      "The 57-year-old said he had lost stock worth 3 million rupees."],
     "Imran Khan", "57-year-old shopkeeper"),
    (["Tom Ellery, 47, took charge in June 2024 and won 22 matches.", "Rovers lost 3-0.",
      "The 47-year-old said he had no regrets about 22 wins."], "Tom Ellery", None),
    # "the former chief executive" after the person named with that role
    (["Margaret Linden, the former chief executive, said profits fell 12 percent.",
      "The former chief executive denied that 40 million was lost."],
     "Margaret Linden", "former chief executive"),
    # "the agency", "the force": the body named before whose name fits
    (["The National Disaster Management Authority said 12 districts flooded.",
      "Focus Ireland said 1,200 families were homeless.",
      "The agency said 38,000 homes had been destroyed."],
     "National Disaster Management Authority", None),
    (["West Yorkshire Police said 3 men were arrested.",
      "A man aged 27 was released on bail, the force said."], "West Yorkshire Police", None),
    # ... "the charity": the body that spoke just before, and no one if a person did
    (["The National Disaster Management Authority said 12 districts flooded.",
      "Focus Ireland said 1,200 families were homeless.",
      "The charity said it had supported 18,000 people."], "Focus Ireland", None),
    (["The National Disaster Management Authority said 12 districts flooded.",
      "Tom Lee, a volunteer, said 1,200 families were homeless.",
      "The charity said it had supported 18,000 people."], "the charity", None),
    # "she" after an unnamed person who spoke just before
    (["Priya Raman, the chief executive, said 400 jobs would go.",
      "One engineer, who asked not to be named, said the cuts hit 30 percent of the team.",
      '"We were told at 9 a.m. that 120 of us were out," she said.'], "one engineer", None),
    # "her spokesperson said": her, through her spokesperson (a lawyer speaks for themself)
    (["Pop singer Aria Vance has cancelled 23 dates of her tour, her spokesperson said."],
     "Aria Vance", "spokesperson"),
    (["Actor Tom Hale was not at the party on 3 May, his lawyer said."], "his lawyer", None),
    # "Mr. Greene" is the man of two people called Greene; "Dame Helen" is Helen Carver
    (["Natalie Greene, a former officer, said she lost 40 files.",
      "Defence lawyer Michael Greene said 3 witnesses lied.",
      "Natalie Greene said 12 reports were false.",
      "Under cross-examination, Mr. Greene asked whether she had received 2 years."],
     "Michael Greene", "Defence lawyer"),
    (["Dame Helen Carver, chair of the inquiry, said 20 deaths were avoidable.",
      "Dame Helen asked whether 12 managers had been told."],
     "Helen Carver", "chair of the inquiry"),
    # a person named before "of <organisation>" in a sentence that is not speech
    (["Judge Eleanor Park of the U.S. District Court in Houston ordered him to pay 12 million "
      "dollars.", '"He was the architect of a 40 million fraud," Judge Park said.'],
     "Eleanor Park", "Judge"),
    # "He said" after "A spokesman for NHS England said": the spokesman again
    (["Aisha Rahman, the chief nurse, said 40 wards were full.",
      "A spokesman for NHS England said flu cases rose 12 percent.",
      "He said the number of beds occupied peaked at 5,400."], "NHS England", "spokesman"),
    # short titles and courtesy titles: the person and the role they were named with
    (["Detective Inspector Mark Kowalczyk said 3 men were held.",
      "DI Kowalczyk said officers were examining 40 hours of footage."],
     "Mark Kowalczyk", "Detective Inspector"),
    (["The company's managing director, Alan Crawford, confirmed the closure of 3 plants.",
      "Mr Crawford said the firm would offer 300 redundancy packages."],
     "Alan Crawford", "company's managing director"),
    (["Sarah Mitchell won with 40 percent of the vote.",
      "Ms Mitchell said voters had sent a message."], "Sarah Mitchell", None),
    # "they" after an unnamed group: the group
    (["Analysts at Peel Hunt said the closures would save 30 million pounds a year.",
      "They added that the shares had fallen 40 percent."], "Peel Hunt", None),
    # an organisation named before what it is: the name
    (["The GMB union said 2,400 jobs were at risk."], "GMB", "union"),
    (["The Resolution Foundation think tank estimated that workers would gain 1,400 pounds."],
     "Resolution Foundation", "think tank"),
    # a determiner is lower-cased even before a capitalised word
    (["The Unite union said 2,400 jobs were at risk."], "the Unite union", None),
    # "the source" after "a source close to the minister": the same source
    (["A source close to the minister insisted that she would not back down.",
      "We need 300,000 homes a year, the source said."], "a source close to the minister", None),
    # "the bank", "the department": a body named earlier (not only as a speaker) with "of"/"for"
    (["The National Bank of Kestria left its rate at 4.25% on Tuesday.",
      "Two of the 7 rate-setters voted for a cut, according to a statement from the bank."],
     "National Bank of Kestria", None),
    (["The Department for Transport Networks has announced a cost of 1.9 billion pounds.",
      "The department said it did not recognise the figure of 3 years."],
     "Department for Transport Networks", None),
    # a spokesperson for a body named with "the": the body
    (["A spokesperson for the Department for Schools said 12 schools would close."],
     "Department for Schools", "spokesperson"),
    # a name and an age after an opening phrase
    (["Giving evidence, retired postman Walter Finch, 84, said he had paid 9,400 pounds."],
     "Walter Finch", "postman"),
    # a spokesman, then the name: the person
    (["A spokesman for the rebel Dastan Liberation Front, Idris Kalavan, rejected the claim of "
      "40 deaths."], "Idris Kalavan", "spokesman for the rebel Dastan Liberation Front"),
    # a business named, not as a speaker, then described: that business; its short name too
    (["Shares in Nimbusline Technologies fell 9% on Thursday.",
      "Revenue rose 11% to $2.8 billion, the cloud software company said."],
     "Nimbusline Technologies", None),
    (["Shares in Nimbusline Technologies fell 9% on Thursday.",
      "In a statement, Nimbusline said it would buy back 2 billion dollars of shares."],
     "Nimbusline Technologies", None),
    # a business whose name says nothing of it, known by how the article speaks of it
    (["More than 160 passengers were evacuated after smoke filled a Coastal Skies jet.",
      "Coastal Skies said in a statement that the flight had landed normally.",
      "The airline reported that the captain ordered an evacuation as a precaution."],
     "Coastal Skies", None),
    (["Nigerian payments start-up Kudipay has raised $18 million, the company announced."],
     "Kudipay", None),
    # the business that opened the sentence before, not the one that spoke last
    (["Vantix said in a statement that it welcomed competition.",
      "Lumora shares rose 4 percent in after-hours trading.",
      "The company reported revenue of $2.1 billion in its most recent quarter."],
     "Lumora", None),
    (["Payments start-up Kudipay has raised $18 million.",
      "Greenbridge Capital also took part in the round.",
      "Kudipay, founded in 2021, lets small traders accept card payments.",
      "The firm says it now serves more than 140,000 merchants."],
     "Kudipay", None),
    # the twelfth blind set: bodies referred to by what they are
    (["Islanders face four more months without a ferry, Hebridean Sea Services said.",
      "But the operator said on Tuesday that further corrosion had been found."],
     "Hebridean Sea Services", None),
    (["Load-shedding will be ramped up to Stage 4, Khanyisa Power said.",
      "The power utility said in a statement that three units had tripped."],
     "Khanyisa Power", None),
    (["Load-shedding will be ramped up to Stage 4, Khanyisa Power said.",
      "The power utility said in a statement that three units had tripped.",
      "Khanyisa said updated schedules would be published on its website."],
     "Khanyisa Power", None),
    (["Hartfield United have signed striker Tiago Duarte for a club-record fee, the English "
      "top-flight side announced on Thursday."], "Hartfield United", None),
    (["Hartfield United have signed striker Tiago Duarte from Alvarenga.",
      "He will wear the number 9 shirt, the club said."], "Hartfield United", None),
    (["Ashbourne Rovers have agreed a fee for winger Rafael Quintas.",
      "In a statement, Rovers said the winger would travel for a medical on Thursday."],
     "Ashbourne Rovers", None),
    # of two clubs named in passing, "the club" is the one the article is about
    (["Westbridge City striker Danny Okafor faces three months out with a torn hamstring.",
      "He limped off in Saturday's 2-1 win over Dunmore Rovers.",
      "The club said in a statement that Okafor would begin his rehabilitation immediately."],
     "Westbridge City", None),
    # an analysts' data provider is not "the company" of an article about a business
    (["Corvane reported third-quarter profit above expectations.",
      "Sales of mowers, which make up nearly half of Corvane's revenue, fell 17%.",
      "Analysts had expected $1.33, according to data compiled by MarketLens.",
      "Generator sales jumped 38% from a year earlier, the company said."],
     "Corvane", None),
    # a document named with its author, then cited
    (["Superintendent Carla Benavides said in a letter to families that the lockdown had gone "
      "well.", "Counselors will be available on Thursday, according to the letter."],
     "Carla Benavides", "Superintendent"),
    (["Rents rose 9.4 per cent, according to a new report from the property website RentWatch.",
      "The average rent is now €1,870, the report found, compared with €1,710 a year earlier."],
     "RentWatch", None),
    (["Neighbourhoods with more trees see fewer heat admissions, according to a study by the "
      "Marlowe Institute for Urban Health.",
      "Areas with most tree cover had 23 per cent fewer admissions, the authors reported."],
     "Marlowe Institute for Urban Health", None),
    # people: a couple, an insider, a first name, a prosecutor's given names, a spokeswoman
    # two sentences on (and a ship is never "she")
    (["TV favourite Jodie Markham and former footballer husband Lee Carver have split.",
      "The couple confirmed the news in a joint statement last night.",
      'The statement read: "We have made the decision to separate."'],
     "Jodie Markham and Lee Carver", None),
    (['"Jodie is heartbroken," a source close to the presenter said.',
      'The insider added that there was "no one else involved".'],
     "a source close to the presenter", None),
    (["TV favourite Jodie Markham has split from her husband.",
      "Just months ago, Jodie told fans that the marriage was strong."],
     "Jodie Markham", None),
    (["Prosecutor Nur Aisyah Rahman said Ong collected deposits from tenants.",
      "DPP Nur Aisyah said a jail term of at least three years was needed."],
     "Nur Aisyah Rahman", "DPP"),
    (["The smaller MV Eilean Dubh carries just 18 cars.",
      "A spokeswoman for Hebridean Sea Services said the company understood the frustration.",
      "“Safety has to come first,” she said.",
      "“We will not put a vessel back into service until it is safe.”",
      "She added that the company had approached three charter operators."],
     "Hebridean Sea Services", "spokeswoman"),
    (["Group Chief Executive Adel Al Mansoori said six aircraft had been delayed.",
      "He declined to give profit figures, saying full-year results would be published in "
      "February."], "Adel Al Mansoori", "Group Chief Executive"),
    # the thirteenth blind set
    (["Councillor Eleri Pritchard, who represents Pontaran North on Sir Aran County Council, "
      'said the move was "a closure by the back door".',
      '"Temporary closures have a habit of becoming permanent," she told the Chronicle.'],
     "Eleri Pritchard", "Councillor, representative of Pontaran North on Sir Aran County Council"),
    (["State welfare committee chairman Datuk Noraini Abdul Razak said supplies were enough.",
      "She said 312 personnel had been deployed to the relief centres."],
     "Noraini Abdul Razak", "State welfare committee chairman"),
    (["A ward at Ysbyty Cwm Aran will close, the Bro Tywi University Health Board said.",
      "A spokeswoman for the health board said a drop-in session would be held."],
     "Bro Tywi University Health Board", "spokeswoman"),
    (["Commissioners Ray Dobbins and Tom Kessler voted against the increase.",
      "Dobbins said the county should first cut spending."], "Ray Dobbins", "Commissioners"),
    (["Murders fell by 14 per cent, according to preliminary figures from the Jamaica "
      "Constabulary Force (JCF).",
      "However, the same figures show that the Westmore Police Division recorded 38 murders."],
     "Jamaica Constabulary Force", None),
    (["“We want to sell flats,” said Winnie Tse Mei-ling, Kingsgrove’s executive director.",
      "“Buyers are very price-sensitive,” Tse told a press briefing."],
     "Winnie Tse Mei-ling", "Kingsgrove’s executive director"),
    (["Ardent is recalling 480,000 pressure cookers.",
      "The recall covers Ardent QuickPot models AQ-600 and AQ-800.",
      "In a statement, Ardent said the problem was caused by a faulty locking pin."],
     "Ardent", None),
    (["QuickMandi said it had laid off 350 employees.",
      "According to its latest filings with the Registrar of Companies, its losses widened."],
     "QuickMandi", None),
    (["A norovirus vaccine cut infections by 61 per cent in a study led by the Halden Institute "
      "for Vaccine Research.",
      "Side effects were mostly mild, according to the study."],
     "Halden Institute for Vaccine Research", None),
    (["Protection waned after a year, says Ingrid Solberg, who led the trial.",
      "That suggests an annual booster may be needed, she says."], "Ingrid Solberg", None),
    # the fourteenth and fifteenth blind sets
    (["A Dorrance County jury ordered Vantorre Home Products Inc to pay $38.6 million.",
      "A spokesman for Vantorre said the company would appeal."],
     "Vantorre Home Products Inc", "spokesman"),
    (["The court cancelled title deeds held by Mwangaza Heights Ltd on Monday.",
      "Mwangaza Heights had argued that it bought the land from a registered owner."],
     "Mwangaza Heights Ltd", None),
    (["The St Lucerne Meteorological Service issued a hurricane warning on Tuesday.",
      "The Met Service said further strengthening was likely."],
     "St Lucerne Meteorological Service", None),
    (["But Police Chief Darnell Osei, who presented the report, struck a more cautious note.",
      "Osei said most of the drop came from property crime."], "Darnell Osei", "Police Chief"),
    (["Justice Wanjiru Gathoni ruled that the title had been obtained by fraud.",
      '"The evidence before this court shows the letter was forged," the judge said.'],
     "Wanjiru Gathoni", "Justice"),
    (["The figures come from the Office for Population Statistics.",
      "At the time, the statistics body cautioned that the numbers were provisional."],
     "Office for Population Statistics", None),
    (["Analysts at Peel Hunt said the closures would save 30 million pounds a year.",
      "They added that the shares looked cheap."], "Peel Hunt", None),
    (["But the Centre for Fiscal Accountability (CFA) questioned the forecasts.",
      "In an analysis published hours after the speech, the CFA said the deficit would widen."],
     "Centre for Fiscal Accountability", None),
    # the seventeenth blind set
    (["The trust's chief executive, Helen Marsh, apologised to patients.",
      "Among them is Margaret Hollis, 74, a retired teacher who needs a new hip.",
      "“Some days I can’t get to the end of the garden,” she said."], "Margaret Hollis", None),
    # the sixteenth blind set
    (["The Ministry of Rural Water Resources said in a press release that 40 districts would be "
      "covered.", "The release said the mission would be run by village water committees."],
     "Ministry of Rural Water Resources", None),
    (["Pop star Kaylee Marchetti has postponed her tour.",
      "In a statement, Marchetti’s representative said the singer had been diagnosed with a "
      "vocal cord injury."], "Kaylee Marchetti", "representative"),
    (["Councillor Gary Whitlock opposed the ban.",
      "Cr Whitlock said the council should consider a compromise."], "Gary Whitlock",
     "Councillor"),
    # the findings of a report published by a body are the body's
    (["Nearly a quarter of people over 75 go a week without a conversation, according to a "
      "report published today by the charity Silver Thread.",
      "The survey showed that 24 per cent of respondents had spoken to no one."],
     "Silver Thread", None),
    (["A poll by the Lakeview University Polling Institute found Harmon leading by 47% to 45%."],
     "Lakeview University Polling Institute", None),
    (["Around one in four adults over 65 has diabetes, according to the National Diabetes "
      "Registry."], "National Diabetes Registry", None),
    # "the companies" after a deal between two: both, in the order named
    (["Halvard Logistics has agreed to buy rival Brenmoor Freight for 2.1 billion pounds.",
      'In a joint statement, the companies said the deal would save 85 million pounds.'],
     "Halvard Logistics and Brenmoor Freight", None),
    # "the company": the business the article is about, not an analyst's employer
    (["Harrow Foods reported an 18% rise in profit.", "Net income rose to $412 million, the "
      "company said.", "Shares rose 7% in early trading.", "The pricing is impressive, said Tom "
      "Becker, an analyst at Greyline Capital.", "He said costs could rise 4% next year.",
      "Harrow employs about 31,000 people.", "Inflation in the US was 3% in June.",
      "The company said it would cut 400 jobs."], "Harrow Foods", None),
    # "the Ashford striker": the player just spoken of; "the club": a club named in passing
    (["Callum Kerr scored in the 88th minute.", "Kerr, 19, was making his 6th appearance.",
      "'It's the best feeling I've ever had,' the Ashford striker said."], "Callum Kerr", None),
    (["Ashford Town won 2-1 at Kingsmead.", "The crowd of 8,412 was the biggest of the season, "
      "according to the club."], "Ashford Town", None),
    # an organisation named with a date after it; "the commission" later is it
    (["BRUSSELS — The European Commission on Tuesday opened proceedings against 2 firms.",
      "The commission said the company had failed to publish a summary."],
     "European Commission", None),
    # an unnamed source before a subordinate clause; an age after a known speaker
    (["Members of the group may cut output by 1 million barrels a day when ministers meet, two "
      "delegates said on Thursday."], "two delegates", None),
    (['"I thought I was going home," Tomas Brandauer said.', '"He played 2 great sets."',
      "The 29-year-old, who won the title here 3 years ago, said his back had stiffened."],
     "Tomas Brandauer", None),
    # nouns ending in -ly are no adverbs; "the statement" is whoever made it
    (["The victim's family alleged that police had been absent for 3 hours."],
     "the victim's family", None),
    (["In a statement, the Mulholland family said she died at home, aged 84.",
      '"She fought for 40 years," the statement said.'], "the Mulholland family", None),
    # participles and an author's works are no reports
    (["Satellite images show a 2,400-metre runway on Varen, an island claimed by both "
      "countries."], None, None),
    (["Mulholland retired from politics in 2001 and wrote two volumes of memoirs."], None, None),
    (["Ceasefire talks were suspended last week after both sides accused each other of 40 "
      "violations."], None, None),
    # a body's spokesperson speaks for the body named before; "agency figures" are the agency's
    (["Marrowfield Water disputed the figures.", "A spokesperson for the company said heavy "
      "rainfall had overwhelmed 12 overflows."], "Marrowfield Water", "spokesperson"),
    (["The Federal Disease Surveillance Agency said 40 states had cases.", "Nationwide, 312 "
      "cases have been reported this year, according to agency figures."],
     "Federal Disease Surveillance Agency", None),
    # a report by a body described in an apposition; "the report" later is the body's
    (["A report published last month by the Halden Institute, a higher-education think tank, "
      "found that 42% of universities expected to cut staff.", "According to the report, "
      "applications have fallen by a quarter."], "Halden Institute", None),
    (["According to a study published last month in the Journal of Pediatric Epidemiology, 4 in "
      "10 children were unvaccinated."], "Journal of Pediatric Epidemiology", None),
    # an organisation after what it is, with or without "the"
    (["Digital-rights group Open Circuit welcomed the move but warned that it could take 3 "
      "years."], "Open Circuit", "Digital-rights group"),
    (["The lecturers' union, the Academic Staff Association, warned that 400 jobs would go."],
     "Academic Staff Association", "lecturers' union"),
    (["Nurses' leaders welcomed the 40 new posts but questioned whether they would be filled."],
     "Nurses' leaders", None),
    (["The commission has sent requests to 2 other developers, according to two officials "
      "briefed on the case."], "two officials briefed on the case", None),
    (["Police arrested and questioned the 19-year-old student."], None, None),
    # (fourth blind set) unnamed singular sources; a "whose" aside; results that are posted
    (["One bond trader said volumes were roughly double the 30-day average."],
     "one bond trader", None),
    (["The ruling People's Progressive Alliance, whose candidate was ahead in early tallies, "
      "insisted that the 2-day delay was routine."], "People's Progressive Alliance", "ruling"),
    (["Almenar, who finished eighth last season, posted combined losses of 61 million euros."],
     None, None),
    (["Kuraye has been governed by the PPA since 2011, and the state has a long history of "
      "disputed polls."], None, None),
    (["Reports in Spain suggest Almenar had held out for 50 million euros."],
     "reports in Spain", None),
    (["Opposition politicians claimed that the 40 million pounds had been recycled."],
     "opposition politicians", None),
    # figures obtained by a body; "the health think tank" and "the weather bureau" named before
    (["Patients waited up to 40 hours for a bed, according to figures obtained by the Lindell "
      "Institute.", "The health think tank found that 2,300 patients waited 12 hours."],
     "Lindell Institute", None),
    (["The National Weather Bureau issued 3 warnings.", "According to the weather bureau, "
      "Saturday was the hottest November day on record."], "National Weather Bureau", None),
    (["The Congressional Fiscal Review Office estimated a cost of 31 billion dollars.",
      "The Fiscal Review Office said in a statement that it stood by its analysis."],
     "Congressional Fiscal Review Office", None),
    (["Harrow & Finch, the country's fourth-largest supermarket chain, warned that sales fell "
      "3%."], "Harrow & Finch", "country's fourth-largest supermarket chain"),
    (["According to data from the research group ShelfWatch, sales fell 4%."], "ShelfWatch",
     "research group"),
    (["According to polling by the institute Demoskop Nord, 58 per cent back the plan."],
     "Demoskop Nord", "institute"),
    # a recommendation or an apology gives way to a finding
    (["An NHS trust has apologised after an independent review found that 201 babies could have "
      "survived."], "an independent review", None),
    # who is spoken of before a closing "she said" is not who speaks
    (['Sharon Whitcombe, a sheep farmer, said she had left at noon.', '"I grabbed the kids and '
      'drove 40 km," she said.', "Her neighbour, Tom Baird, stayed behind to defend his "
      "property, she said."], "Sharon Whitcombe", "sheep farmer"),
    # (fifth blind set) a ministry whose name lists its fields; a body "in" a place
    (["The Ministry of Economy, Trade and Industry said in a statement that 3 plants would "
      "close."], "Ministry of Economy, Trade and Industry", None),
    (["The Regional Meteorological Centre in Gandhari forecast 200 mm of rain."],
     "Regional Meteorological Centre", None),
    # anonymity asides, "identified only as", an opening phrase before a pronoun
    (["Another parent, who declined to give his name, shouted that 300 families were ignored."],
     "another parent", None),
    (["One survivor, a 34-year-old schoolteacher identified only as Amira, told the council "
      "that 12 men were held."], "Amira", "survivor"),
    (["Bishop Joaquim Serrador led the mass for 450,000 pilgrims.",
      "In his homily he urged families to welcome migrants."], "Joaquim Serrador", "Bishop"),
    # estimates: "put the attendance at", "gave a lower estimate of"
    (["Organisers put the attendance at around 450,000."], "organisers", None),
    (["Regional police gave a far lower estimate of 180,000."], "regional police", None),
    (["The storm put the cost at 4 billion dollars."], None, None),
    # two people named together are each known by their surname; a double surname; a body
    # named in full after a person "of" it
    (["Board members Rosa Delgado-Park and Kevin Marsh voted against the 380 cuts.",
      "Delgado-Park said the district had not studied the plan."], "Rosa Delgado-Park",
     "Board members"),
    (["Culture Minister Elena Vidal Ortiz announced 3.2 million euros for the tower.",
      "Vidal Ortiz said the work would take 2 years."], "Elena Vidal Ortiz", "Culture Minister"),
    (["The lead author is Dr Lorenzo Abate of the Halvern Institute for Ageing Research.",
      "The Halvern Institute said it had opened an inquiry into 3 images."],
     "Halvern Institute for Ageing Research", None),
    # (sixth blind set) a party group or place in brackets after a name
    (["Its author, Dutch MEP Sanne de Vries (Renew Europe), said 40 percent was too low."],
     "Sanne de Vries", "author"),
    (["Councillor Peter Okonkwo (Liberal Democrat, Millbrook) asked whether 200 homes would "
      "lose weekly collections."], "Peter Okonkwo", "Councillor"),
    (["Several member states oppose the 40 percent target."], None, None),
    # an unnamed source where it is; its "the source" and "one of the people" later
    (["A scan showed a grade-three tear, according to a source at the club.",
      '"He was flying," the source said of the 24-year-old.'], "a source at the club", None),
    (["Carrowby is exploring a sale, according to people familiar with the matter.",
      "A deal could come within 2 weeks, one of the people said."],
     "people familiar with the matter", None),
    (["In a statement, a spokesperson for Ardmore County Council said it remained supportive.",
      "The budget for 2025 had been allocated in March, the spokesperson said."],
     "Ardmore County Council", None),
    (["The changes were debated by Ashcombe Borough Council's environment committee.",
      "Leaflets will go to 40,000 households in May, the council said."],
     "Ashcombe Borough Council", None),
    # a ministry's data; an estimate given in the passive; a magnitude put higher
    (["According to home ministry data, the Centre has released 9,450 crore."], "home ministry",
     None),
    (["Damage has been estimated at over 11,000 crore by the Karnataka government."],
     "the Karnataka government", None),
    # (the country's possessive is the article's, not the body's name, as set 6's labeller
    # gives it)
    (["Turkey's Disaster and Emergency Directorate put the magnitude slightly higher, at 6.3."],
     "Disaster and Emergency Directorate", None),
    (["Environmental group Clean Seas Europe welcomed the vote but said 40 percent was weak."],
     "Clean Seas Europe", "Environmental group"),
    # a lede's title, named in the next paragraph
    (["Energy bills will fall by 120 pounds a year, the Energy Secretary announced yesterday.",
      "Rachel Ashworth told the Commons that the change would end 2 absurdities."],
     "Rachel Ashworth", None),
    # a named thing is no person; an opening "When" is no part of a name
    (["When Eileen Mackay opened the Harbour Lane food bank in 2010, 40 families came.",
      '"People think it\'s about food," she says.'], "Eileen Mackay", None),
    # a report in a subordinate clause ("reported on the ...")
    (["Shares of Carrowby rose 6.2% after Bloomberg News reported on the deliberations."],
     None, None),
    # (seventh blind set) short titles, sports positions and tallies
    (["Detective Chief Inspector Mark Fenwick said officers had an open mind.",
      "'We believe 40 people saw it,' DCI Fenwick added."], "Mark Fenwick",
     "Detective Chief Inspector"),
    (["Senior guard Marcus Okonjo scored 31 points as Harrow State won 78-74.",
      "Asked about the atmosphere, the senior guard said he had never heard 9,000 fans so loud."],
     "Marcus Okonjo", "Senior guard"),
    (["Forward Jalen Whitfield added 16 points for Harrow State."], None, None),
    (["An alpaca called Gerald brought a village to a standstill for 3 hours."], None, None),
    (["The agency is asking anyone who ate the 4 products to call a doctor."], "the agency",
     None),
    (["Detective Inspector Claire Barton said 3 men were held.",
      "She appealed for anyone with footage to come forward."], "Claire Barton",
     "Detective Inspector"),
    (["The family-run company, founded in 1968, insisted that its 40 products were safe."],
     "the family-run company", None),
    (["City data shows landlords filed 6,841 eviction cases last year."], "city data", None),
    # a body named with "Community", "Nation", "Monitor"; a bloc; a coastguard again
    (["More than 1,800 people have died this year, according to the International Migration "
      "Monitor."], "International Migration Monitor", None),
    (["Heron Lake First Nation opposed the 40 km road.",
      "The First Nation says it was not consulted."], "Heron Lake First Nation", None),
    (["At least 23 people are missing, the Italian coastguard said.",
      "The coastguard insisted that the rescue ship had been told to wait 2 hours."],
     "the Italian coastguard", None),
    # a ship and a place are no people; a survivor who gave only his first name
    (["Captain Ingrid Solberg of the Aurora Nova said her crew saw the boat 2 hours earlier.",
      "The Aurora Nova had been told to wait.",
      "A 17-year-old survivor who gave his name only as Abdirahman said he paid 3,000 dollars.",
      '"The water came in very fast," he said.'], "Abdirahman", "17-year-old survivor"),
    # a title and its field list; a relation named later; an owner with an occupation
    (['"This investment is part of our strategy," said Minister of Economy and Planning Hamad Al '
      'Saqrani.'], "Hamad Al Saqrani", "Minister of Economy and Planning"),
    (["Callum was a gentle giant who would not hurt a fly, his heartbroken mother said.",
      "Callum Hollins, 19, was stabbed on Saturday.",
      "His mother, Tracey Hollins, 46, said in a tribute: 'Callum was the kindest boy.'"],
     "Tracey Hollins", "mother"),
    (["The four-year-old animal slipped through a hedge at 8am, according to his owner, farmer "
      "Brian Tolley."], "Brian Tolley", "owner"),
    # a person whose role names a body; documents an outlet obtained are the documents'
    (["Kevin Draper, an attorney for the property's owner, Calloway Residential Partners, said "
      "the 12 percent rise was legal."], "Kevin Draper",
     "attorney for the property's owner, Calloway Residential Partners"),
    (["Records obtained by The Sunday Ledger show that on 41 nights the home was understaffed.",
      "The records, which include payroll summaries, also show that it was cited twice."],
     "records", None),
    # (eighth blind set: ordinary news) a participle that adds a figure; a results story's lede
    (["Hartwell Borough Council has approved a 4.9 per cent rise in council tax, adding about "
      "92 pounds a year to the average bill."], None, None),
    (["Shares of Brightwater Foods fell 9% after the packaged-food maker reported lower "
      "quarterly profit.", "The Delmont, Illinois-based company said net income fell 12%.",
      "Brightwater said it now expects full-year earnings of 2.55 dollars a share."],
     "Brightwater Foods", None),
    (["Sent in to bat, the Chargers posted 197 for five in 20 overs."], None, None),
    (["Prime Minister Daniel Huang, campaigning 1200 kilometres away, dismissed the promise as "
      "uncosted."], "Daniel Huang", "Prime Minister"),
    (["The club dismissed its manager after 9 defeats."], None, None),
    (["The judge dismissed the case against 3 officers."], None, None),
    # ... and a plea is the court's record, not a statement (so every labelled set reads
    # "denies 11 counts of fraud", "admitted nine counts", "pleaded guilty to 12 counts")
    (["The former minister denied the 4 charges against him."], None, None),
    (["The policy would be funded by scrapping a 90 million study, according to costings "
      "released by the National Reform Party."], "National Reform Party", None),
    (["Hartwell Borough Council approved 4 new car parks.",
      "A council spokesperson said the scheme had been reviewed by 2 firms."],
     "Hartwell Borough Council", "spokesperson"),
    (["Utility provider Desert Crest Power reported record demand of 7,840 megawatts.",
      "The company said its grid had held up."], "Desert Crest Power", "Utility provider"),
    (["Opener Karthik Sharma made 71 runs.", "Sharma said he had ignored talk of his form."],
     "Karthik Sharma", "Opener"),
    # (ninth blind set: ordinary news) a body's count, a place's record, a denial of nothing
    (["Road-safety charity Safer Lanes said rural roads were the most dangerous.",
      "The charity recorded 47 deaths on the county's roads in 2023."], "Safer Lanes", None),
    (["Phoenix has recorded 19 days above 110 degrees so far this year."], None, None),
    (["England recorded 1,603 measles cases in 2023, the UK Health Security Agency said."],
     "UK Health Security Agency", None),
    (["Baobab Fresh did not say how long its 12 percent price cut would last."], None, None),
    (["Consumer groups welcomed the 12 percent cuts but warned that they might not last."],
     "Consumer groups", None),
    (["The index's compilers, London-based Meridian Analytics, said the 12-place drop was "
      "steep."], "Meridian Analytics", "index's compilers"),
    (["The race is tied, according to a poll released Tuesday by Harlan College.",
      "The survey of 620 likely voters found Okafor with 46% support."], "Harlan College", None),
    (["Mayor Denise Okafor spoke for 40 minutes.",
      'She put it simply at a forum on Sunday: "This election is about 3 things."'],
     "Denise Okafor", "Mayor"),
    (["A pharmaceutical company has recalled thousands of packets of a common painkiller."],
     None, None),
    (["Minister for Social Protection Siobhán Daly said the change was needed by 2028."],
     "Siobhán Daly", "Minister for Social Protection"),
    (["Economists had been expecting rates to start falling later this year."], "economists",
     None),
    (["Norwell Appliances will close its plant, cutting 600 jobs.",
      "The Chicago-based manufacturer said production would move to Mexico."],
     "Norwell Appliances", None),
    (["Kahu chief executive Rachel Tane apologised to patients and said 3 batches were "
      "affected."], "Rachel Tane", "Kahu chief executive"),
    (["Shares in Hanakawa Electric rose 3.1 percent.", "The Ministry of Economy said it was "
      "watching.", "The company expects operating profit of 85 billion yen, it said."],
     "Hanakawa Electric", None),
    # (tenth blind set: ordinary news) initials given in brackets; Madam; Sir and a first name
    (["The Land and Infrastructure Authority (LIA) closed the bridge for 3 months.",
      "Additional bus services will also be deployed, said the LIA."],
     "Land and Infrastructure Authority", None),
    (["Madam Siti Rahmah, a 45-year-old nurse, said she would rather wait 20 minutes."],
     "Siti Rahmah", "45-year-old nurse"),
    (["Sir Malcolm Draycott chaired the 5-strong jury.",
      "Sir Malcolm, who chaired a jury of five, said the decision had been unanimous."],
     "Malcolm Draycott", "former chair of a jury of five"),
    (["Pragati Manch leader Meena Deshpande conceded defeat but claimed that 40 seats were "
      "lost to fraud."], "Meena Deshpande", "Pragati Manch leader"),
    (["Public health experts welcomed the 20 percent tax but said it should be higher."],
     "Public health experts", None),
    (["The mine's operator, Redgum Minerals, said the man was a contract worker.",
      "It said the two injured workers, aged 27 and 41, were stable."], "Redgum Minerals",
     "mine's operator"),
    (["Supporters of the bill pointed to 12 states that have raised wages."],
     "supporters of the bill", None),
    # (eleventh blind set: ordinary news) a titled subject without a report; "who said"
    (["Mayor Patricia Okonkwo warned of a 48 million dollar deficit.",
      "Council member Dana Whitfield said the warning signs were there a year ago.",
      "The mayor has proposed a hiring freeze.",
      "She insisted that 2 fire stations would stay open."], "Patricia Okonkwo", "Mayor"),
    (["Among them was Walter Pruitt, a 78-year-old retired machinist, who said his bill rose "
      "40 percent."], "Walter Pruitt", None),
    (["The vaccine, called Borivax, was developed by a firm with 40 staff."], None, None),
    (["Residents living near the prison reported hearing dogs barking at 2am."],
     "Residents living near the prison", None),
    (['Defenceman Luc Tremblay scored in the 3rd minute.',
      '"I just heard the crowd," Tremblay told reporters afterwards.'], "Luc Tremblay",
     "Defenceman"),
    # an occupation before a name is no body: "she" is the crane operator
    (["Gareth Molloy said the company had pocketed record profits.",
      "Crane operator Denise Fairbairn said many of her colleagues worked 2 shifts.",
      '"I\'ve been here 17 years," she said.'], "Denise Fairbairn", "Crane operator"),
    # what a body is, before its name: "it" later means the body
    (["Utility company Desert Power said demand hit 8,120 megawatts.",
      "It asked customers to avoid running 2 appliances at once."], "Desert Power",
     "Utility company"),
    # a person first named in a possessive, later with an honorific
    (["Ms. Quintero opposed Governor Howard Pemberton's plan to divert water.",
      "Mr. Pemberton said the diversion would take 4 percent of the flow."],
     "Howard Pemberton", "Governor"),
    # "the Spaniard": the person just spoken of
    (["Javier Castellan, 31, scored twice in 6 minutes.",
      '"I saw him after the goal and he was crying," the Spaniard said.'],
     "Javier Castellan", None),
    # declaring an emergency or denying a request is an act, not a report
    (["The government has declared a state of emergency in 2 provinces for 30 days."], None, None),
    (["Judge Eleanor Whitcombe denied the request for bail and set a hearing for May 4."],
     None, None),
    # a report in a subordinate clause is the article's own account
    (["Shares in Nimbusline Technologies fell 9% on Thursday after the company reported its "
      "slowest growth in 5 years."], None, None),
    # the whole sentence rests on the unnamed people at the end
    (["Several lawmakers have privately told party leaders that they cannot support the bill, "
      "according to two people familiar with the discussions."],
     "two people familiar with the discussions", None),
    # an organisation's name with "of" after a possessive, in "X did ... and said" (the
    # country's possessive is no part of the ministry's name: every labeller drops it)
    (["Kestria's Ministry of Finance welcomed the decision and said 2 percent was the goal."],
     "Ministry of Finance", None),
]


@pytest.mark.parametrize("sentences,speaker,role", SEQUENCES,
                         ids=[s[-1][:40] for s, _, _ in SEQUENCES])
def test_speaker_after_earlier_sentences(sentences, speaker, role):
    claims = extract_claims(" ".join(sentences))
    last = claim_with(claims, sentences[-1][:30])
    assert (last.speaker, last.speaker_role) == (speaker, role)


@pytest.mark.parametrize("article,fragment,speaker,role", EXPECTED,
                         ids=[f"{a}:{f[:30]}" for a, f, _, _ in EXPECTED])
def test_speaker_on_test_articles(article_claims, article, fragment, speaker, role):
    claim = claim_with(article_claims(article), fragment)
    assert (claim.speaker, claim.speaker_role) == (speaker, role)


# The seed article (../shared/data/seed): every attributed claim, and the article's own voice.
SEED_EXPECTED = [
    ("A senior Russian diplomat said", "a senior Russian diplomat", None),
    ("Witkopf is expected to travel", None, None),
    ("Ukrainian President Volodymyr Zelensky said", "Volodymyr Zelensky", "Ukrainian President"),
    ("Kiev and its European allies are concerned", None, None),
    ("Trump later said progress had been made", "Donald Trump", None),
    ("he told reporters in Moscow", "Sergei Ryabkov", "Russian Deputy Foreign Minister"),
    ("Moscow also raised concerns", None, None),
    ("Trump ignored a reporter’s question", "Donald Trump", None),
    ("But Russia said the leak", "Russia", None),
    ("Ushakov claimed to have used WhatsApp", "Yuri Ushakov", None),
    ("Bloomberg reported that it had reviewed", "Bloomberg", None),
    ("It was not clear how Bloomberg", None, None),
    ("A spokesperson told Bloomberg News", "a spokesperson", None),
]


@pytest.mark.shared_data
@pytest.mark.parametrize("fragment,speaker,role", SEED_EXPECTED,
                         ids=[f[:30] for f, _, _ in SEED_EXPECTED])
def test_speaker_on_seed(shared_data, fragment, speaker, role):
    claims = extract_claims(read_body(shared_data / SEED))
    claim = claim_with(claims, fragment)
    assert (claim.speaker, claim.speaker_role) == (speaker, role)


@pytest.mark.shared_data
def test_seed_heading_is_not_a_claim(shared_data):
    claims = extract_claims(read_body(shared_data / SEED))
    assert not [c for c in claims if c.text.startswith("The transcript of the Witkoff-Ushakov")]


# Single sentences: the phrase found, then how it splits into name and role.
SENTENCES = [
    ("The police spokesperson in the state, SP Funmilayo Oladele, said officers were deployed.",
     "Funmilayo Oladele", "police spokesperson in the state"),
    ("The trust had earlier said it would need at least 1.2 crore to stage the festival.",
     "the trust", None),
    ("His wife, Siobhán Brennan, who has run front of house since the restaurant opened, said "
     "the decision was made in October.", "Siobhán Brennan", "wife"),
    ("Forecasters at MetWatch said the rain would ease overnight.", "MetWatch", None),
    ("Brightcart's annual reports show its net income rose from $1.2 billion to $1.9 billion.",
     "Brightcart", None),
    ("The Sundarpur Municipal Corporation's own data, released in March, showed 41% of homes "
     "had no piped water.", "Sundarpur Municipal Corporation", None),
    ("The most recent Department for Borders figures put it at 104,300.",
     "Department for Borders", None),
    ("Analysts at Nairobi-based Mwangaza Securities expect the central bank to hold rates.",
     "Mwangaza Securities", None),
    ("Administrators from Pell Carrow Advisory said the business had been hit by fuel costs.",
     "Pell Carrow Advisory", None),
    ("A Brindle spokesperson told us the company was evaluating the breach.", "Brindle",
     "spokesperson"),
    ("A spokesman for the Country Voice party said the senator's figure was accurate.",
     "Country Voice", "spokesman"),
    ("Sources in the Power Division said the government had agreed to the increase.",
     "sources in the Power Division", None),
    ("The NWF President, Comrade Emeka Nwosu, said workers were suffering.", "Emeka Nwosu",
     "NWF President"),
    ("Her son, Trent Harrow, sued the company in 2022, alleging that the heater was faulty.",
     "Trent Harrow", None),
    ("The march passed off peacefully, gardaí said.", "gardaí", None),
    ("Not every economist agreed.", None, None),
    ("A seller on a forum advertised what they claimed was the app's user database.", None,
     None),
    ("The news has angered local councillors, who say they were given 48 hours' notice.",
     "local councillors", None),
    ("Sheriff Dale Whitcomb spoke in favor of the measure, telling commissioners his office was "
     "short of deputies.", "Dale Whitcomb", "Sheriff"),
    ("The Association of Oil Marketing Companies (AOMC) attributed the increase to the fall of "
     "the cedi.", "Association of Oil Marketing Companies", None),
    ("But commercial drivers say they cannot absorb the increase.", "commercial drivers", None),
    ("The National Chairman of the union, Alhaji Yakubu Seidu, said members were suffering.",
     "Yakubu Seidu", "National Chairman of the union"),
    ("Residents of Lilyfield who spoke to The Sentinel on condition of anonymity said many were "
     "afraid.", "Residents of Lilyfield", None),
    ('"Some nights you hear the shots," one woman said.', "one woman", None),
    ('One senior Christian Democrat, who asked not to be named, said the Greens were "playing to '
     'the gallery".', "one senior Christian Democrat", None),
    ("Consumer advocates have long warned that the locks were weak.", "Consumer advocates", None),
    # not a claim of the subject: a size, a word inside another, a relative clause's subject, an
    # offer
    ("Founded in 2020, QuickMandi promises delivery of groceries within 15 minutes.", None,
     None),
    ("Four beaches were closed after a great white shark estimated at four metres long was "
     "spotted.", None, None),
    ("The researchers found that ozone caused 46 percent of previously heat-attributed damage.",
     "the researchers", None),
    ("State law sets no minimum ratio, a gap that advocates for the elderly have criticized for "
     "years.", None, None),
    ("B.C.'s minister of emergency management, Harjit Dhaliwal, says evacuees will be paid.",
     "Harjit Dhaliwal", "B.C.'s minister of emergency management"),
    ("Corvane expects revenue of $3.45 billion, down from its previous forecast of $3.6 billion.",
     "Corvane", None),
    ('One fan wrote: "Gutted for them both, they always seemed so solid."', "one fan", None),
    ("Mayor Ann Lee said the road would open in May.", "Ann Lee", "Mayor"),
    ("The road will open in May, Mayor Ann Lee said.", "Ann Lee", "Mayor"),
    ('"It will open in May," said Mayor Ann Lee.', "Ann Lee", "Mayor"),
    ("The road will open in May, according to Mayor Ann Lee.", "Ann Lee", "Mayor"),
    # a document from a named source: the source is the speaker, not the document
    ("According to a report from the central bank, prices rose 4 percent.", "the central bank", None),
    # ... also when the document was "published by" or "released by" its source
    ("Waiting lists reached 7.6 million in March, according to figures published by NHS England "
     "on Thursday.", "NHS England", None),
    ("Prices rose 3 percent, according to data released by the Office for National Statistics.",
     "Office for National Statistics", None),
    # a plural group noun after a capitalised modifier, in the present tense
    ("Hospital bosses say the number of beds has fallen by a third over 30 years.",
     "hospital bosses", None),
    ("UN Secretary-General Antonio Guterres said 2 million people had fled.", "Antonio Guterres",
     "UN Secretary-General"),
    # capitalised words joined by "of"/"for" name an organisation, not a person
    ("Transport for Wales said all rail services would remain suspended until Monday.",
     "Transport for Wales", None),
    ("Insurers estimate the damage at 300 million pounds, according to the Association of "
     "British Insurers.", "Association of British Insurers", None),
    # ... but a title "of" a place before a full name is the person's role
    ("Chancellor of the Exchequer Rachel Reeves said borrowing fell by 4 billion pounds.",
     "Rachel Reeves", "Chancellor of the Exchequer"),
    ("The Mayor of London Sadiq Khan said 12 stations would close.", "Sadiq Khan",
     "Mayor of London"),
    # an unnamed group and where it is
    ("Residents in Cardiff said they had been without electricity for 36 hours.",
     "residents in Cardiff", None),
    ("Police in Gloucestershire said a man had died after a tree fell on his car.",
     "police in Gloucestershire", None),
    # "One of them, NAME, said": the person, with no role
    ('One of them, Sian Evans, said: "We have had no heating for 36 hours."', "Sian Evans", None),
    ("Another resident, Tom Jones, said 20 homes had flooded.", "Tom Jones", "resident"),
    # "whose lawyer, NAME, said": the lawyer, not the clause after "said"
    ('The ruling is a victory for Friends of the Earth, whose lawyer, Katie de Kauwe, said the '
     'decision was "a landmark moment".', "Katie de Kauwe", "lawyer"),
    # an inverted attribution after a clause, without quotation marks
    ("Prices will rise by 3 percent, said the bank.", "the bank", None),
    # an abbreviated title ("Rep.", "Sen.", "Gov.") before the name, with an apposition after it
    ("Rep. Alexandria Ocasio-Cortez, a New York Democrat, said she would vote against the $1.2 "
     "trillion bill.", "Alexandria Ocasio-Cortez", "Rep., New York Democrat"),
    ("Gov. Gavin Newsom said the state had lost 40,000 jobs.", "Gavin Newsom", "Gov."),
    # an inverted attribution's role, followed by where it was said
    ('"We have never seen a drop of 6 percent like this," said Dan Ives, an analyst at Wedbush '
     'Securities, in a note to clients.', "Dan Ives", "analyst at Wedbush Securities"),
    # a group "interviewed by" or "polled by" a medium: the group speaks, not the medium
    ("Residents interviewed by the Riverton Herald said 27 contracts had been awarded without "
     "tender.", "residents", None),
    ("Economists polled by Reuters said inflation would reach 3 percent.", "economists", None),
    # a country's body, and a nationality that keeps its capital
    ("Ukraine's air force said it had shot down 40 of 52 drones overnight.",
     "Ukraine's air force", None),
    ("Ukrainian officials say the real number is far higher than 12,000.",
     "Ukrainian officials", None),
    # a document from a source as the subject: the source
    ("A statement from the airline said 1,200 flights had been cancelled.", "the airline", None),
    # "found that" / "showed that" report a finding; "found corrosion" does not (own voice)
    ("The researchers found that ozone pollution caused 46 percent of the damage.",
     "the researchers", None),
    ("A study by the University of Leeds found that 30 percent of rivers were polluted.",
     "University of Leeds", None),
    ("Polls show that 60 percent of voters back the plan.", "polls", None),
    # honorifics (also Indian ones) are not part of the name, nor the end of a role; nor are
    # letters after a name
    ("Education Minister Shri Ramesh Chandra Tiwari announced that 4,800 posts would be "
     "filled.", "Ramesh Chandra Tiwari", "Education Minister"),
    ("Opposition leader Mr Akhilesh Verma said 30 percent of posts were unfilled.",
     "Akhilesh Verma", "Opposition leader"),
    ("Liberal Democrat health spokesperson Daisy Fenwick MP said that 300,000 patients waited "
     "12 hours.", "Daisy Fenwick", "Liberal Democrat health spokesperson"),
    # a quotation after a colon: the subject after an opening phrase, never a label
    ('On the climate pledge, Laura Mendes did not mince words: "Rich countries paid only 25 '
     'billion dollars."', "Laura Mendes", None),
    ('Claim: "Violent crime in this city has fallen by half since 2021," Mayor Frank Donnelly '
     'said at a rally.', "Frank Donnelly", "Mayor"),
    # a name with role words of its own after an unnamed source
    ("One resident, retired teacher Carol Ann DeWitt, told the council that her taxes had "
     "doubled to 4,000 dollars.", "Carol Ann DeWitt", "retired teacher"),
    ("One resident, Carol Ann DeWitt, told the council that taxes rose 20 percent.",
     "Carol Ann DeWitt", "resident"),
    ('"Taxes rose 20 percent," said one resident, retired teacher Carol Ann DeWitt.',
     "Carol Ann DeWitt", "retired teacher"),
    ('"Taxes rose 20 percent," said one resident, Carol Ann DeWitt.', "Carol Ann DeWitt",
     "resident"),
    # a title phrase set off by commas before the name
    ("Conservative MP for Harrow East, Nigel Pratt, asked whether the government would meet "
     "its target of 92 per cent.", "Nigel Pratt", "Conservative MP for Harrow East"),
    # "and" inside an organisation's name
    ("The Alliance of Motion Picture and Television Producers said the deal was worth 1 billion "
     "dollars.", "Alliance of Motion Picture and Television Producers", None),
    ("The Department of Health and Social Care said 40 percent of patients waited.",
     "Department of Health and Social Care", None),
    # local officials' titles and party labels before a name
    ("County Clerk Janet Morrow told reporters that 212,000 ballots had been cast.",
     "Janet Morrow", "County Clerk"),
    ("Democrat Paul Reyes said 54 percent of voters backed him.", "Paul Reyes", "Democrat"),
    ("The Republican National Committee said 30 states had voted.",
     "Republican National Committee", None),
    # an adjective or an occupation with a capital at the start is not part of the name
    ("Rival AMD reported revenue of 5.8 billion dollars, up 9 percent.", "AMD", None),
    ("Toxicologist Matthew Campen said 12 of the 24 samples held plastic.", "Matthew Campen",
     "Toxicologist"),
    # a body speaking through its spokesperson; a possessive pronoun's unnamed source
    ('A spokesperson for Plastics Europe said the study found only 5 percent.',
     "Plastics Europe", "spokesperson"),
    ("His campaign told us the number came from 2,000 police reports.", "his campaign", None),
    ("Opposition leader Akhilesh Verma termed the 4,800 posts an election gimmick.",
     "Akhilesh Verma", "Opposition leader"),
    # a press release: the company's legal form and ticker between the name and the verb
    ("Helix Therapeutics, Inc. (NASDAQ: HLXT) today announced that its drug cut migraines by "
     "50 percent.", "Helix Therapeutics", None),
    # (a legal form written without a comma is part of the name, as labellers write it)
    ("Acme Ltd (LSE: ACM) reported a profit of 3 million pounds.", "Acme Ltd", None),
    ("Acme Robotics, Inc. (NYSE: ACMR), a provider of warehouse robots, today announced revenue "
     "of 412 million dollars.", "Acme Robotics", "provider of warehouse robots"),
    # names of four words
    ("Nguyen Thi Lien Huong, the deputy health minister, said seven people had died since "
     "January.", "Nguyen Thi Lien Huong", "deputy health minister"),
    ("Former Spanish prime minister José Luis Rodríguez Zapatero said 40 prisoners had been "
     "freed.", "José Luis Rodríguez Zapatero", "Former Spanish prime minister"),
    # according to an organisation's figures or tool: the organisation
    ("According to the Chicago Police Department's year-end statistics, the city recorded 573 "
     "homicides in 2024.", "Chicago Police Department", None),
    ("Traders see a 78 percent chance of a cut, according to CME Group's FedWatch tool.",
     "CME Group", None),
    # a role in a relative clause, or without an article, after the name
    ("Margaret Ellis, who chairs the Friends of Haverley Library group, said 600 people "
     "signed.", "Margaret Ellis", "chair of the Friends of Haverley Library group"),
    ("Rafael Louzan, president of the Royal Spanish Football Federation, welcomed the plan but "
     "said the calendar held 58 matches.", "Rafael Louzan",
     "president of the Royal Spanish Football Federation"),
    ("Tom Lee, who was there, said 40 people fled.", "Tom Lee", None),
    # two people speaking together; people around someone; records
    ("Sales fell 12 percent in 2023, Jane Smith and Tom Baker said in a joint statement.",
     "Jane Smith and Tom Baker", None),
    ("Two aides to Senate Majority Leader John Thune said he had urged a 90-day pause.",
     "two aides to Senate Majority Leader John Thune", None),
    ("According to county property records, the firm paid 3 million dollars.",
     "county property records", None),
    # a closing "according to" is the source of the sentence, not a verb in a subordinate
    # clause; a main clause's own reporting verb still is
    ("The White House is considering a 90-day pause after senators warned that levies could "
     "cost farmers 11 billion dollars, according to three people familiar with the talks.",
     "three people familiar with the talks", None),
    ("Russia said it would retaliate within 30 days, according to Tass.", "Russia", None),
    # a transcript's speaker in capitals; not a dateline or a label in capitals
    ("ALEXANDER HOLST: We lost about 1.2 billion dollars in 2023.", "Alexander Holst", None),
    ("NEW DELHI: The government will recruit 12,000 teachers by 2026.", None, None),
    ("BREAKING NEWS: 40 people died in the fire.", None, None),
    # a document described after a comma; another name is not a role
    ("The paper, published in the journal Nature Climate Change, found that sea ice had fallen "
     "by 2 million square kilometres.", "the paper", None),
    ("The National Weather Service, known as the NWS, said 40 homes were damaged.",
     "National Weather Service", None),
    # titles with "of" after a country; a role in lower case after "said"; roles that are not
    ("US Secretary of State Antony Blinken said in a tweet that 28 million dollars was sent.",
     "Antony Blinken", "US Secretary of State"),
    ("French Minister of Health Claire Dubois said 40 hospitals closed.", "Claire Dubois",
     "French Minister of Health"),
    ('"We are 3 points behind," said sporting director Dan Ashworth.', "Dan Ashworth",
     "sporting director"),
    ("Gary Black, managing partner at Future Fund, wrote on X that 40 percent fell.",
     "Gary Black", "managing partner at Future Fund"),
    ("Tom Lee, speaking in London, said 30 percent rose.", "Tom Lee", None),
    ("Transport Minister Huw Merriman, in a statement, said 300 trains were cancelled.",
     "Huw Merriman", "Transport Minister"),
    ("Dr Tom Brennan of the University of Tasmania said ice fell 30 percent.", "Tom Brennan",
     "of the University of Tasmania"),
    ("Headteacher Sarah Lindsay told the newspaper that 40 staff left.", "Sarah Lindsay",
     "Headteacher"),
    ("The report, commissioned by the Royal College of Nursing, concluded that 40 percent of "
     "nurses left.", "the report", None),
    # a capitalised word opening an unnamed source keeps its capital unless it is a common word
    ("Pentagon officials said 40 troops were hurt.", "Pentagon officials", None),
    ("Washington state officials said 1,985 of the job cuts were in Seattle.",
     "Washington state officials", None),
    ("Senior officials said 12 people died.", "senior officials", None),
    ("Climate scientists have warned that 40 new mines would break the target.",
     "climate scientists", None),
    # ", which said": the body named just before; documents and their journals
    ("The fine was imposed by the regulator, which said 533 million users were affected.",
     "the regulator", None),
    ("His comments echoed those of the Environment Agency, which said 64 flood warnings were in "
     "place.", "Environment Agency", None),
    ("Its main rivals include Adyen NV, which reported revenue of 1.1 billion euros.",
     "Adyen NV", None),
    ("In a statement posted on its blog, Chatterly said it would appeal the 40 million fine.",
     "Chatterly", None),
    # (the journal that published the study, as a blind labeller recorded it; this test once
    # expected "a study published in Nature")
    ("A study published in Nature found that warm water reached the ice 30 percent more often.",
     "Nature", None),
    ("The panel's written reasons state that the player used a slur at least three times.",
     "the panel's written reasons", None),
    # a name with a capitalised modifier and a role, or a modifier of its title, after an
    # unnamed subject
    ("The player he abused, Highfield defender Sam Kowalczyk, told the panel that he reported "
     "it within 2 minutes.", "Sam Kowalczyk", "Highfield defender"),
    ("Her opponent, state Representative Marcus Bell, said the real figure was 46 percent.",
     "Marcus Bell", "state Representative"),
    # a statement, then "said X": not the statement's first word
    ("Rents rose 45% in five years, said Tom Reid, a spokesman for Shelter.", "Tom Reid",
     "spokesman for Shelter"),
    ("Inflation fell to 2% in May, said the ONS.", "ONS", None),
    ("Prices rose, said a spokesman for Shelter.", "Shelter", "spokesman"),
    ("Russia controls 19% of the territory, according to analysts at the Institute for the "
     "Study of War.", "analysts at the Institute for the Study of War", None),
    # a relative clause between the subject and its verb; "later identified as"
    ("The firm, which employs 9,000 people, said sales fell 4 percent.", "the firm", None),
    ("Environmental researcher Dr. Amina Wanjiru of the University of Nairobi, who is the "
     "minister's sister, said 40 percent of coal failed.", "Amina Wanjiru",
     "Environmental researcher of the University of Nairobi"),
    ("Karin Holm, an analyst at Nordbank, who follows the sector, said 30 percent fell.",
     "Karin Holm", "analyst at Nordbank"),
    ("The partner, later identified as Thomas Weber, told reporters that the practice began in "
     "2021.", "Thomas Weber", "partner"),
    # listeners in the passive are not speakers; data that show; ranks written without dots
    ("The university will cut 400 jobs to close a gap of 30 million pounds, staff have been "
     "told.", None, None),
    ("Figures from Eurostat show euro zone inflation was 2.4 percent in March.", "Eurostat",
     None),
    ("Figures published by the health board in May show spending rose to 18.7 million.",
     "the health board", None),
    ("Official data show patients waited an average of 19 weeks in 2023.", "official data",
     None),
    ("Lt Gen Oleksandr Syrskyi said 14 attacks were repelled.", "Oleksandr Syrskyi", "Lt Gen"),
    ("The inquiry continues.", None, None),
    # people in a place; officials of a named body; bodies and titles alone
    ("Negotiators at the UN climate summit in Nairobi agreed early on Sunday to cut methane "
     "emissions by 40 percent by 2035.", "negotiators at the UN climate summit in Nairobi",
     None),
    # (officials of a body named in full speak for it, as its unnamed spokesperson and
    # analysts at a firm do; "health officials" are a part of it, below)
    ("Maricopa County officials rejected the claim that 200,000 ballots were lost.",
     "Maricopa County", None),
    ("Ukraine's General Staff said its troops repelled 14 attacks.", "Ukraine's General Staff",
     None),
    ("The Attorney General said 40 people had been charged.", "the Attorney General", None),
    # a single-quoted quotation before "said X"; a verb used as an adjective; "health officials"
    ("'I thought we deserved it, to be honest,' said Ashford manager Steve Rowley.",
     "Steve Rowley", "Ashford manager"),
    ("The measles outbreak in Bexford County has grown to 37 confirmed cases, county health "
     "officials said.", "county health officials", None),
    ("Maricopa County health officials said 12 people had died from heat.",
     "Maricopa County health officials", None),
    ("The Centers for Disease Control and Prevention said it had sent a team of 4 experts.",
     "Centers for Disease Control and Prevention", None),
    ("A spokesman for NHS England said flu cases rose 12 percent.", "NHS England", "spokesman"),
    ("Analysts polled by FactSource had expected earnings of 1.21 dollars a share.", "analysts",
     None),
    ("A ban on 40 items is expected next month.", None, None),
    # ordinary news: bodies whose names start with a department's word or end in a business
    # word; a role of two words with a place of work after the name; names ending in "-ed"
    ("National Highways said it would review 40 junctions.", "National Highways", None),
    ("Fares will rise by 3.8 percent, according to Transport Scotland.", "Transport Scotland",
     None),
    ("Passenger group Transport Focus said 30 percent would struggle.", "Transport Focus",
     "Passenger group"),
    ("Crawford Foods said 300 jobs would go.", "Crawford Foods", None),
    ("Retail analyst Sofia Lindgren, of Shore Capital, said sales rose 12 percent.",
     "Sofia Lindgren", "Retail analyst, of Shore Capital"),
    ("Volunteer Mohammed Ali, who helps run a food bank in Cardiff, said demand rose 40 percent.",
     "Mohammed Ali", "Volunteer"),
    ("The by-election was called after the MP resigned in June with 12 days' notice.", None,
     None),
    ("Mr Justice Holgate said ministers had acted unlawfully in 3 cases.", "Holgate",
     "Mr Justice"),
    # more reporting verbs and phrases
    ("Armenian Prime Minister Nikol Pashinyan conceded that his government had lost three "
     "villages.", "Nikol Pashinyan", "Armenian Prime Minister"),
    ("In the 62nd minute Kim Min-Woo conceded a penalty.", None, None),
    ("Prosecutors allege that he used 600,000 dollars of the funds.", "prosecutors", None),
    ("Analysts at Morgan Stanley estimate that the market will shrink by 6 percent.",
     "Morgan Stanley", None),
    ("Insurers estimate the damage at 300 million pounds, according to the Association of "
     "British Insurers.", "Association of British Insurers", None),
    ("Professor Anil Gupta echoed the agency's warning that vaccination had fallen to 84 "
     "percent.", "Anil Gupta", "Professor"),
    ('In the words of the agency\'s chief medical adviser, Dr Susan Hopkins, "one case can infect '
     '15 people."', "Susan Hopkins", "agency's chief medical adviser"),
    # an organisation's initials after its name
    ("Nine people were hurt, the Japan Meteorological Agency (JMA) said.",
     "Japan Meteorological Agency", None),
    # "both", and no one
    ("Both candidates said they expected turnout to exceed 50 percent.", "both candidates", None),
    ("The United States and France both said they would send 2 envoys.",
     "United States and France", None),
    ("Neither Armenia nor Azerbaijan has confirmed the 40 casualties.", None, None),
    # anonymity clauses say nothing of who spoke
    ("A neighbour who asked not to be named said there had been four fights since Christmas.",
     "a neighbour", None),
    ("A doctor at Cho Ray Hospital, who asked not to be named, told AFP that 40 wards were "
     "full.", "a doctor at Cho Ray Hospital", None),
    ("Forty prisoners were freed, a senior official who asked not to be named told Reuters.",
     "a senior official", None),
    # the passive "was quoted by ... as saying"; state media
    ("Exports reached 3.6 million barrels a day, Oil Minister Hayan Abdul-Ghani was quoted by "
     "IRNA as saying.", "Hayan Abdul-Ghani", "Oil Minister"),
    ("Exports rose to 3.6 million barrels per day, state media reported on Tuesday.",
     "state media", None),
    ("According to a person close to Alibaba, the regulator will impose a 5 percent fine.",
     "a person close to Alibaba", None),
    # organisations named with "on" or "&"
    ("The Intergovernmental Panel on Climate Change said in 2021 that seas rose 20 cm.",
     "Intergovernmental Panel on Climate Change", None),
    ("Procter & Gamble said sales rose 4 percent in 2024.", "Procter & Gamble", None),
    ("According to the Computer & Communications Industry Association, EU rules cost 2.2 "
     "billion dollars.", "Computer & Communications Industry Association", None),
    # "..., the study found." reports like "the study found that ..."
    ("The concentration was 50 percent higher than in 2016, the study found.", "the study", None),
    ("Labour was on 27 percent, the survey of 1,050 adults found.", "the survey of 1,050 adults",
     None),
    ("About 2,300 people said they had left.", "about 2,300 people", None),
    # unnamed sources described after their noun
    ("According to people familiar with the matter, the board discussed selling a 20 percent "
     "stake.", "people familiar with the matter", None),
    ("According to sources close to the talks, 30 hostages were freed.",
     "sources close to the talks", None),
    # an abbreviated title after "said"; a US party-and-state tag after the name
    ('"The results are a breakthrough for 39 million people," said Dr. Angela Cho, chief '
     'medical officer of Helix Therapeutics.', "Angela Cho",
     "chief medical officer of Helix Therapeutics"),
    ('"This bill spends 40 percent more on paperwork," Sen. Mark Hollis, R-Texas, told '
     'reporters outside the Capitol.', "Mark Hollis", "Sen."),
    ("Rep. Nancy Pelosi (D-Calif.) said 30 percent of the money was wasted.", "Nancy Pelosi",
     "Rep."),
    ("Rep. Luis Ortega, D-Calif., who chairs the Hispanic Caucus, warned that deportation "
     "flights had doubled to 1,200.", "Luis Ortega", "Rep., chair of the Hispanic Caucus"),
    # ... but who reports the finding, when someone does, is the speaker
    ("The study found that 30 percent of drivers speed, researchers said.", "researchers", None),
    ("The report found that 640 homes flooded, the agency said.", "the agency", None),
    # a possessive of several words before the role
    ('Southern Water\'s chief executive, Ian McAulay, said: "We dumped 21 billion litres."',
     "Ian McAulay", "Southern Water's chief executive"),
    # "X did something but said ...": X, named or not
    ("Mayor Ann Lee welcomed the plan but said 40 homes would flood.", "Ann Lee", "Mayor"),
    ("Campaigners welcomed the fine but said it was small for a company with revenues of 800 "
     "million pounds.", "campaigners", None),
    # "..., saying": the whole subject, not its first capitalised word
    ('Unison general secretary Christina McAnea welcomed the 6.7 percent rise, saying it would '
     '"put money in the pockets of those who need it most".', "Christina McAnea",
     "Unison general secretary"),
    # an age between the name and the role
    ("Sarah Jones, 34, a primary school teacher from Leeds, said her rent had risen 20 percent.",
     "Sarah Jones", "primary school teacher from Leeds"),
    # an appositive role ends where a relative clause starts
    ('Max Schrems, the Austrian privacy activist whose complaint started the case in 2013, said '
     'the fine of 1.2 billion euros was deserved.', "Max Schrems", "Austrian privacy activist"),
    # a source's own analysis or report: the source
    ("PC World's recent analysis of its own traffic concluded that 42 percent of visitors used "
     "Chrome.", "PC World", None),
    ("The bank's latest report said growth slowed to 1.2 percent.", "the bank", None),
    # someone's office speaks for them
    ("Transport Secretary Louise Haigh's office said she had spoken to 3 airline bosses.",
     "Louise Haigh", "Transport Secretary"),
    # "quoted X as saying": X
    ("The Financial Times quoted an unnamed executive as saying the outage would cost 40 million "
     "pounds.", "an unnamed executive", None),
    # an occupation written with a capital before the name is the role
    ("Passenger Emma Clarke tweeted that she had been stuck at Gatwick for 14 hours.",
     "Emma Clarke", "Passenger"),
    # a named source's data or figures: the source
    ("Markets expect rates to fall to 3.75 percent by 2026, according to LSEG data.", "LSEG", None),
    # a present-tense reporting verb after a plural subject
    ("Treasury officials insist the budget will cut inflation by 0.4 points.",
     "Treasury officials", None),
    # a relative clause after the speaker is not their role
    ('"It was wrong to close 12 wards," said Tom Reed, who was there.', "Tom Reed", None),
    ("Prices rose 4 percent, according to figures from the Office for National Statistics.",
     "Office for National Statistics", None),
    ("Prices rose 4 percent, according to the latest data from Eurostat released on Friday.",
     "Eurostat", None),
    ("Prices rose 4 percent, according to a report by Bloomberg.", "Bloomberg", None),
    ('Ann Lee told reporters: "It opens in May."', "Ann Lee", None),
    ("Ann Lee claimed that the road was finished.", "Ann Lee", None),
    ("Ann Lee reported that the road was finished.", "Ann Lee", None),
    ("Ann Lee added that the road was finished.", "Ann Lee", None),
    ("Ann Lee warned that the road was unsafe.", "Ann Lee", None),
    ("Ann Lee announced that the road was finished.", "Ann Lee", None),
    ("Ann Lee insisted that the road was finished.", "Ann Lee", None),
    ("Ann Lee later said the road was finished.", "Ann Lee", None),
    ("Bloomberg reported that the talks had failed.", "Bloomberg", None),
    ("Russia said the talks had failed.", "Russia", None),
    ("South Korea said the talks had failed.", "South Korea", None),
    ("The Northport Chamber of Commerce estimated that trade fell.", "Northport Chamber of Commerce",
     None),
    ("Russian Deputy Foreign Minister Sergei Ryabkov said so.", "Sergei Ryabkov",
     "Russian Deputy Foreign Minister"),
    ("US envoy Steve Witkoff said so.", "Steve Witkoff", "US envoy"),
    ("According to Afghan Ambassador to the United States Hamdullah Mohib, it worked.",
     "Hamdullah Mohib", "Afghan Ambassador to the United States"),
    ("Dr. Amara Nwosu, the authority's director of public health, said rates fell.",
     "Amara Nwosu", "authority's director of public health"),
    ("Officials said the rates fell.", "officials", None),
    ("European Commission President Ursula von der Leyen said the deal was fair.",
     "Ursula von der Leyen", "European Commission President"),
    ("Bashar al-Assad said the war was over.", "Bashar al-Assad", None),
    ("Mohammed bin Salman said so.", "Mohammed bin Salman", None),
    ("Jean-Pierre Dupont said prices rose.", "Jean-Pierre Dupont", None),
    ("Stephen King said so.", "Stephen King", None),
    ("King Charles said so.", "Charles", "King"),
    ("Prime Minister Keir Starmer said so.", "Keir Starmer", "Prime Minister"),
    ('Ann Lee had a message for voters: "Turn out on Thursday."', "Ann Lee", None),
    ('In a statement, the ministry said: "The figures are wrong."', "the ministry", None),
    ("The company, in a statement, said profits rose.", "the company", None),
    ("Russia’s foreign ministry said the talks had failed.", "Russia’s foreign ministry", None),
    ("Chief Executive Chen Karimi on Monday announced changes.", "Chen Karimi", "Chief Executive"),
    ("The ministry last week said it would act.", "the ministry", None),
    ('"It is a long game." - Matthew Ingram', "Matthew Ingram", None),
    ("Matthew Ingram of The Globe and Mail said so.", "Matthew Ingram", "of The Globe and Mail"),
    ("The Internet security firm Secunia.com, has said that IE6 is unsafe.", "Secunia.com",
     "Internet security firm"),
    ("As coauthor Colette Heald told reporters, ozone fell.", "Colette Heald", "coauthor"),
    ("Recent reports have revealed that the plan failed.", "recent reports", None),
    ('"Commuters pay more," said Hannah Briggs, director of the group Fair Fares.',
     "Hannah Briggs", "director of the group Fair Fares"),
    ("A company spokesperson said the figures were right.", "a company spokesperson", None),
    # a passive verb is no report by its subject: the source at the end speaks
    ("An earlier approach in January was rejected by the board as too low, a person familiar "
     "with the matter said.", "a person familiar with the matter", None),
    # a reporting verb that is a noun after a determiner
    ("That claim could not be independently verified.", None, None),
    ("The full report, titled Unheard, is available on the charity's website.", None, None),
    # an adverb between the auxiliary and the verb
    ("Korvania has long accused Velmaria of sheltering 300 rebel fighters.", "Korvania", None),
    # a describing adjective before a country is not part of its name
    ("Neighbouring Belmara said it was sending two helicopters.", "Belmara", None),
    # expectations of a group of people, and demands
    ("Forecasters expect more heavy rain later in the week.", "forecasters", None),
    ("Bankers advising on the deal expect it to close in the first half of next year.",
     "Bankers advising on the deal", None),
    ("The party demanded that the government publish a white paper by March.", "the party", None),
    ("Democrats had demanded an extension of health subsidies.", None, None),
    # unnamed people described by whom they belong to or what they know
    ("But allies of the rebels warned that the revolt was growing by the hour.",
     "allies of the rebels", None),
    ("Two Democratic strategists familiar with the campaign's internal polling said the race "
     "was closer.", "two Democratic strategists familiar with the campaign's internal polling",
     None),
    # a court's rulings are its word; a sentence adverb between commas is no role or source
    ("The Supreme Court on Thursday set aside the corporation's order evicting 300 vendors.",
     "Supreme Court", None),
    ("The Appeal Tribunal has quashed the 2019 licence.", "Appeal Tribunal", None),
    ("The court, however, noted that the corporation's own affidavit admitted 40 errors.",
     "the court", None),
    ("The court heard that he had 14 previous convictions.", None, None),
    ("Rivera, for her part, said the plan had failed twice.", "Rivera", None),
    # a barrister's title and a lawyer's "submitted that"
    ("Mr Njoroge's lawyer, Senior Counsel James Muriuki, said 14 tallies were clerical errors.",
     "James Muriuki", "Mr Njoroge's lawyer"),
    ("Senior advocate Pradeep Malhotra, appearing for the corporation, had submitted that the "
     "survey of 4,000 vendors was complete.", "Pradeep Malhotra", "Senior advocate"),
    ("The company submitted its plans for 300 homes to the council in May.", None, None),
    # a field of study inside a body's name; a body's name with "and" before its president
    ("The Institute for Quality in Medicine concluded last year that the drug cut deaths by "
     "4%.", "Institute for Quality in Medicine", None),
    ("The Institute for Fiscal Studies in London said taxes rose by 2%.",
     "Institute for Fiscal Studies", None),
    ("Halden Sports and Entertainment president Colin MacRae thanked council and said work "
     "could begin in 2027.", "Colin MacRae", "Halden Sports and Entertainment president"),
    # a plea in court is no statement; a passive subject is no source
    ("Darren Colley, 41, of Mill Lane, admitted nine counts of fraud at Ashbury Crown Court.",
     None, None),
    ("The breach was first reported on a cybercrime forum with 10,000 records.", None, None),
    # an infinitive with an object is no reporting verb ("maintain", "report", "state")
    ("In a decision published on Wednesday, the Carrow Environment Protection Authority found "
     "that the company had failed to maintain a sediment dam 3 times.",
     "Carrow Environment Protection Authority", None),
    # a document with its year, and its publisher
    ("A 2023 report by the Glenmore Community Safety Board found that violent crime had fallen "
     "12%.", "Glenmore Community Safety Board", None),
    # what a business is, before its name; analysts described, at a firm
    ("Promoter Eastgate Live, which organised the tour, said 40,000 tickets would be refunded.",
     "Eastgate Live", None),
    ("Industry analysts at Corbel Media Research estimated that the cancellation cost $4 "
     "million.", "Corbel Media Research", None),
    # a reeve; an occupation before a name; ", posting:" as ", saying"; officials of a body
    ('"Leave now," Reeve Darlene Kowalchuk told the 2,000 residents left.', "Darlene Kowalchuk",
     "Reeve"),
    ("Rapper Jordan Vale posted a message of support, writing that 40 shows were cancelled.",
     "Jordan Vale", "Rapper"),
    ('Her co-host Danny Okoro, 39, led the tributes, posting: "Gutted, 12 years together."',
     "Danny Okoro", "co-host"),
    ("Millbrook Community School District officials say enrollment has fallen by 128.",
     "Millbrook Community School District", None),
    # a person named after the title of a post
    ("The Governor of Edemora State, Mr Olumide Adeyanju, on Tuesday presented a budget of "
     "N612.4bn, saying it would prioritise roads.", "Olumide Adeyanju",
     "Governor of Edemora State"),
    # (set 22) a legal form written without a comma is part of the name, full stop and all;
    # "Royal Commission into ..."; an occupation after an adjective; figures from a body
    ("Northfield Foods Inc. says its profit rose 9 per cent.", "Northfield Foods Inc.", None),
    ("Kazuma Motor Corp. said it will recall 640,000 vehicles.", "Kazuma Motor Corp.", None),
    ("The Royal Commission into the Yarrandale Ridge Bushfire has found that 14 warnings were "
     "missed.", "Royal Commission into the Yarrandale Ridge Bushfire", None),
    ("Atmospheric chemist Rosa Ibáñez-Kraft of the Institute for Earth Observation put it "
     "bluntly: “This sets monitoring back by 3 years.”", "Rosa Ibáñez-Kraft",
     "Atmospheric chemist of the Institute for Earth Observation"),
    ("Figures from the Australian General Insurers Group show claims reached $1.2 billion.",
     "Australian General Insurers Group", None),
    # (set 24) a school principal and a district collector by title; what a business is,
    # before its name; bosses at a body speak for it; a judge's holding; a new report
    ("In the email, Principal Dana Whitfield said 3 classes had practised the drill.",
     "Dana Whitfield", "Principal"),
    ("District Collector Ananya Deshpande said 62 relief camps had been set up.",
     "Ananya Deshpande", "District Collector"),
    ("Manufacturer Carrow Appliances said it had received 14 reports of overheating.",
     "Carrow Appliances", None),
    ('Bosses at Wrexford and Calder Hospitals NHS Trust have warned of a £41m deficit.',
     "Wrexford and Calder Hospitals NHS Trust", None),
    ("The presiding judge, Justice Akosua Boateng-Mensah, held that 3 communities were not "
     "consulted.", "Akosua Boateng-Mensah", "presiding judge"),
    ("Her organization estimates that only €300 million of the pledge is new money.",
     "her organization", None),
    # (set 25) a Filipino particle and ranks with full stops; "Datuk Seri"; a role named by
    # its head noun before a name in commas; a sports position; "lamented that"
    ("Station commander Lt. Cmdr. Ramon dela Paz said 12 people were rescued.",
     "Ramon dela Paz", "Station commander Lt. Cmdr."),
    ("Plantation Minister Datuk Seri Azman Harun said stocks stood at 2.1 million tonnes.",
     "Azman Harun", "Plantation Minister Datuk"),
    ("Bellbrook council's chief executive, Tony Marchetti, said the council would meet on 4 May.",
     "Tony Marchetti", "Bellbrook council's chief executive"),
    ("Its President, Comrade Chibuike Ogunleye, lamented that students had lost 8 months.",
     "Chibuike Ogunleye", "President"),
    # (set 23) a coroner's conclusion is hers to record
    ("Senior coroner Rebecca Tamsett recorded a conclusion of road traffic collision at the "
     "inquest into the death of a 41-year-old.", "Rebecca Tamsett", "Senior coroner"),
    # a director of public prosecutions by title; a defendant who had not responded
    ('"He preyed on trust," DPP Kelvin Ong said of the 14 victims.', "Kelvin Ong", "DPP"),
    ("Nile Crescent Trading had not responded to our inquiries about the 42 million kg deal.",
     None, None),
    # initials that show a place is part of a body's name
    ("The United Nations Observer Mission in the Ardan Valley (UNOMAV) said six shells landed.",
     "United Nations Observer Mission in the Ardan Valley", None),
]


@pytest.mark.parametrize("sentence,speaker,role", SENTENCES, ids=[s[:40] for s, _, _ in SENTENCES])
def test_single_sentence_patterns(sentence, speaker, role):
    claims = extract_claims(sentence)
    assert len(claims) == 1
    assert (claims[0].speaker, claims[0].speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge carries about 41,000 vehicles a day.",
        "Engineers found corrosion in 14 of its 22 steel support cables.",
        "Inspectors checked 40 bridges, and engineers found 12 cracked.",
        "Police arrested and questioned 2 students on Monday.",
        "In the 62nd minute Kim Min-Woo conceded a penalty.",
        "It was not clear how the recording was obtained.",
        "Friday was the hottest day of the year.",
    ],
)
def test_own_voice_has_no_speaker(sentence):
    (claim,) = extract_claims(sentence)
    assert claim.speaker is None and claim.speaker_role is None


def test_names_inside_quotes_are_not_speakers():
    body = 'The paper ran the headline: "Who set up Steve Witkov?"'
    (claim,) = extract_claims(body)
    assert claim.speaker != "Steve Witkov"
    assert claim.quote == "Who set up Steve Witkov?"


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("he", ("he", None, "pronoun")),
        ("Union leader Tomas Brandt", ("Tomas Brandt", "Union leader", "person")),
        ("Bloomberg News", ("Bloomberg News", None, "org")),
        ("Witkoff", ("Witkoff", None, "entity")),
        # an acronym of three or more capitals marks an organisation, not a person
        ("NHS England", ("NHS England", None, "org")),
        ("the BBC", ("BBC", None, "org")),
        ("JD Vance", ("JD Vance", None, "person")),
        ("a senior Russian diplomat", ("a senior Russian diplomat", None, "unnamed")),
        ("Monday", (None, None, "")),
        # Gaelic particles belong to the name
        ("Minister for Housing Ciarán Ó Dálaigh",
         ("Ciarán Ó Dálaigh", "Minister for Housing", "person")),
        ("Siobhán Ní Mhurchú", ("Siobhán Ní Mhurchú", None, "person")),
        ("Prosecutor Nur Aisyah Rahman", ("Nur Aisyah Rahman", "Prosecutor", "person")),
        ("One fan", ("one fan", None, "unnamed")),
    ],
)
def test_split_phrase(phrase, expected):
    assert split_phrase(phrase) == expected


def test_find_attribution_is_none_without_reporting():
    assert find_attribution("The council approved the budget on Monday.") is None


def test_quotation_attributed_only_in_its_second_paragraph():
    # the first paragraph is left open (the convention for a quotation over paragraphs), and
    # the attribution in the second covers all of it
    body = ("U.S. District Judge Lewis Kaplan said the defendant had lied at least 3 times.\n\n"
            '"He knew it was wrong. He took 8 billion dollars.\n\n'
            '"He regrets 2 of his decisions," Kaplan said.')
    claims = extract_claims(body)
    assert [c.speaker for c in claims] == ["Lewis Kaplan"] * 4


@pytest.mark.parametrize("folder,claims,floor", [
    ("speakers", 160, 0.88),  # 0.924 today
    ("speakers-2", 260, 0.94),  # 0.974 today
    ("speakers-3", 260, 0.95),  # 0.982 today
    ("speakers-4", 250, 0.95),  # 0.985 today
    ("speakers-5", 155, 0.95),  # 0.994 today
    ("speakers-6", 165, 0.94),  # 0.977 today
    ("speakers-7", 180, 0.95),  # 0.979 today
    ("speakers-8", 195, 0.95),  # 0.980 today
    ("speakers-9", 200, 0.95),  # 0.986 today
    ("speakers-10", 190, 0.96),  # 0.995 today
    ("speakers-11", 200, 0.96),  # 0.995 today
    ("speakers-12", 245, 0.95),  # 0.980 today
    ("speakers-13", 240, 0.95),  # 0.980 today
    ("speakers-14", 240, 0.93),  # 0.960 today
    ("speakers-15", 285, 0.91),  # 0.942 today
    ("speakers-16", 285, 0.90),  # 0.928 today
    ("speakers-17", 250, 0.91),  # 0.950 today
    ("speakers-18", 190, 0.91),  # 0.834 on arrival, 0.945 today
    ("speakers-19", 200, 0.94),  # 0.907 on arrival, 0.980 today
    ("speakers-20", 210, 0.93),  # 0.907 on arrival, 0.977 today
    ("speakers-21", 195, 0.90),  # 0.871 on arrival, 0.960 today
    ("speakers-22", 200, 0.91),  # 0.860 on arrival, 0.947 today
    ("speakers-23", 195, 0.91),  # 0.931 on arrival, 0.956 today
    ("speakers-24", 195, 0.89),  # 0.846 on arrival, 0.925 today
    ("speakers-25", 205, 0.89),  # 0.876 on arrival, 0.938 today
    ("speakers-26", 200, 0.88),  # 0.897 on arrival (held out two sessions), 0.907 today
    ("speakers-27", 200, 0.95),  # 0.876 on arrival, 0.990 today
    ("speakers-28", 215, 0.93),  # 0.868 on arrival, 0.964 today
    ("speakers-29", 200, 0.90),  # 0.854 on arrival, 0.927 today
    ("speakers-30", 190, 0.89),  # 0.867 on arrival, 0.934 today
    ("speakers-31", 210, 0.94),  # 0.912 on arrival, 0.968 today
    ("speakers-32", 215, 0.91),  # 0.909 on arrival, 0.936 today
    ("speakers-33", 220, 0.89),  # 0.877 on arrival, 0.916 today
    ("speakers-34", 210, 0.88),  # 0.870 on arrival, 0.926 today
    ("speakers-35", 205, 0.91),  # 0.894 on arrival (held out a session), 0.942 today
    ("speakers-36", 205, 0.93),  # 0.910 on arrival (held out a session), 0.953 today
    ("speakers-37", 190, 0.88),  # 0.883 on arrival, 0.909 today
    ("speakers-38", 210, 0.93),  # 0.927 on arrival, 0.959 today
    ("speakers-39", 225, 0.93),  # 0.952 on arrival (held out a session), 0.961 today
    ("speakers-40", 205, 0.92),  # 0.902 on arrival (held out a session), 0.963 today
    ("speakers-41", 215, 0.90),  # 0.892 on arrival, 0.937 today
    ("speakers-42", 210, 0.91),  # 0.923 on arrival, 0.946 today
    ("speakers-43", 205, 0.95),  # 0.953 on arrival, 0.986 today
    ("speakers-44", 210, 0.86),  # 0.829 on arrival, 0.894 today
    ("speakers-45", 210, 0.88),  # 0.898 on arrival, held out a session; 0.912 today
    ("speakers-46", 200, 0.91),  # 0.928 on arrival, held out; 0.938 after general changes
    ("speakers-47", 205, 0.93),  # 0.929 on arrival, held out a session; 0.958 today
    ("speakers-48", 205, 0.87),  # 0.805 on arrival, held out a session; 0.900 today
    ("speakers-49", 195, 0.93),  # 0.920 on arrival, 0.960 today
    ("speakers-50", 210, 0.91),  # 0.860 on arrival, 0.944 today
    ("speakers-51", 210, 0.91),  # 0.886 on arrival (held out to ff58a70), 0.936 today
    ("speakers-52", 215, 0.93),  # 0.901 on arrival, 0.955 today
    ("speakers-53", 195, 0.90),  # 0.900 on arrival (held out), 0.930 today
    ("speakers-54", 200, 0.92),  # 0.885 on arrival (held out), 0.947 today
    ("speakers-55", 205, 0.94),  # 0.910 on arrival (held out), 0.967 today
    ("speakers-56", 215, 0.95),  # 0.929 on arrival (held out), 0.978 today
    ("speakers-57", 210, 0.91),  # 0.885 on arrival (held out), 0.940 today
    ("speakers-58", 205, 0.94),  # 0.939 on arrival (held out), 0.967 today
    ("speakers-59", 205, 0.93),  # 0.953 on arrival, 0.962 today
    ("speakers-60", 200, 0.91),  # 0.903 on arrival, 0.937 today
    ("speakers-61", 212, 0.92),  # 0.914 on arrival, 0.945 today
    ("speakers-62", 205, 0.91),  # 0.925 on arrival, 0.939 today
    ("speakers-63", 205, 0.93),  # 0.920 on arrival, 0.953 today
    ("speakers-64", 208, 0.87),  # 0.866 on arrival, held out; 0.898 on the session's end
    ("speakers-65", 198, 0.87),  # 0.888 on arrival, held out (0.902 on the start and today)
    ("speakers-66", 216, 0.95),  # 0.942 on arrival (held out), 0.987 today
    ("speakers-67", 222, 0.93),  # 0.952 on arrival (held out), 0.961 today
    ("speakers-68", 200, 0.90),  # 0.904 on arrival (held out), 0.928 today
    ("speakers-69", 214, 0.95),  # 0.937 on arrival (held out), 0.964 today
    ("speakers-70", 218, 0.94),  # 0.921 on arrival (held out), 0.952 today
    ("speakers-71", 220, 0.92),  # 0.846 on arrival (unnamed sources relabelled), 0.934 today
    ("speakers-72", 220, 0.92),  # 0.874 on arrival (unnamed sources relabelled), 0.930 today
    ("speakers-73", 270, 0.92),  # 0.901 on arrival (unnamed spokespeople relabelled), 0.929 today
    ("speakers-74", 250, 0.93),  # 0.912 on arrival (held out a session), 0.946 today
    ("speakers-75", 225, 0.92),  # 0.898 on arrival (held out a session), 0.940 today
    ("speakers-76", 230, 0.94),  # 0.921 on arrival (held out a session), 0.958 today
    ("speakers-77", 240, 0.91),  # 0.888 on arrival, 0.924 today
    ("speakers-78", 220, 0.95),  # 0.895 on arrival, 0.974 today
    ("speakers-79", 260, 0.90),  # 0.859 on arrival, 0.918 today
    ("speakers-80", 260, 0.86),  # 0.881 on arrival, held out (0.870 today)
    ("speakers-81", 220, 0.89),  # 0.913 on arrival, held out (0.917 today)
    ("speakers-82", 240, 0.83),  # 0.846 on arrival, held out (0.850 today)
    ("speakers-83", 250, 0.89),  # 0.911 on arrival, held out (0.911 today)
    ("speakers-84", 270, 0.85),  # 0.872 on arrival, held out (0.872 today)
    ("speakers-85", 240, 0.87),  # 0.891 on arrival, held out (0.887 today)
    ("speakers-86", 250, 0.86),  # 0.880 on arrival, held out (0.880 today)
    ("speakers-87", 240, 0.87),  # 0.885 on arrival, held out (0.889 today)
    ("speakers-88", 240, 0.82),  # 0.835 on arrival, held out (0.843 today)
    ("speakers-89", 240, 0.86),  # 0.885 on arrival, held out (0.885 today)
])
def test_labelled_set_keeps_its_accuracy(folder, claims, floor):
    # eval/data/speakers*: articles labelled by sessions that never ran the extractor (see
    # EVALUATION.md for the history of each figure); a regression guard below today's figures
    from eval.speakers import LABELLED_SETS, score_labelled

    directory = next(d for d, _, _ in LABELLED_SETS if d.name == folder)
    result = score_labelled(directory)
    assert result["claims"] >= claims
    assert result["right"] / result["claims"] >= floor, result["wrong"]
    # the article's own voice stays unattributed (all but 5% of it, and at least all but 2;
    # a held-out set as it arrived, until its misses are read)
    allowed = _OWN_VOICE_ON_ARRIVAL.get(folder, max(2, round(0.05 * result["own"])))
    assert result["own_right"] >= result["own"] - allowed


# Held-out sets that arrived with more of the article's own voice attributed than the rule
# above allows (misses not read: see EVALUATION.md).
_OWN_VOICE_ON_ARRIVAL = {"speakers-80": 4}  # 64 of 68 on arrival


@pytest.mark.parametrize("got,want,same", [
    ("Goldfields Mineworkers’ Union", "Goldfields Mineworkers' Union", True),  # as typed
    ("the Treasury", "Treasury", True),
    ("Police Scotland", "police scotland", True),
    ("Scotland", "Police Scotland", False),
    (None, None, True),
    ("Hallberg", None, False),
])
def test_the_scorer_compares_names_as_written_not_as_typed(got, want, same):
    from eval.speakers import _same

    assert _same(got, want) is same



def test_the_company_may_be_known_as_one_only_later_in_the_article():
    # nothing before "according to the company" says Lumora is a business; its shares, later,
    # do
    body = ("Lumora on Tuesday unveiled glasses priced at $499. The glasses weigh 48 grams, "
            "according to the company. Lumora shares rose 4 percent in after-hours trading.")
    assert claim_with(extract_claims(body), "The glasses").speaker == "Lumora"


def test_an_unattributed_quotation_after_reported_speech_is_the_same_speakers():
    body = ("In a statement, managing director Alan Fraser said the decision was hard.\n\n"
            '"We know how much islanders rely on 4 sailings a day."')
    assert [c.speaker for c in extract_claims(body)] == ["Alan Fraser", "Alan Fraser"]


def test_question_and_answer_interview():
    # each answer (and the rest of its paragraph) is the interviewee's, named before the first
    # question; the questions and the note after the interview have no speaker
    body = ("Maria Chen, the city's new housing commissioner, spoke to the Courier about the "
            "shortage of 12,000 homes.\n\nQ: How many homes will the city build this year?\n\n"
            "A: We will start 3,000 homes by December, and I promised voters 6,000 by 2028.\n\n"
            "Q: Is that enough?\n\nA: No. The shortage grew by 4 percent last year, and our "
            "planners say it will take 10 years to close.\n\n"
            "The interview has been edited for length.")
    speakers = [c.speaker for c in extract_claims(body)]
    assert speakers == [None, None, "Maria Chen", None, "Maria Chen", "Maria Chen", None]


@pytest.mark.parametrize(
    "body,speaker",
    [
        # a quotation over two paragraphs (the first left open): every sentence is its speaker's
        ('"There were 11 children in 2010," Tom Baker said. "Now there are three.\n\n'
         '"The council spends 400,000 pounds a year on the ferry."', "Tom Baker"),
        # the items of a list take the source that introduces it
        ("The report's key findings, according to the WHO:\n\n"
         "- Fine particulate matter caused 68 percent of the deaths.\n"
         "- Nitrogen dioxide was linked to 210,000 deaths.", "WHO"),
    ],
)
def test_every_sentence_carries_the_speaker(body, speaker):
    claims = extract_claims(body)
    assert len(claims) == 3
    assert [c.speaker for c in claims] == [speaker] * 3


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        # a union is no operator or company, whatever words its name has
        ("Members of the Transport and Rail Workers' Union employed by Northmere Trains will "
         "strike for three days, the union announced on Friday. The operator said it expected "
         "to run 40% of services. A spokesman for the company said the offer was fair.",
         "The operator said", "Northmere Trains"),
        ("Members of the Transport and Rail Workers' Union employed by Northmere Trains will "
         "strike for three days, the union announced on Friday. The operator said it expected "
         "to run 40% of services. A spokesman for the company said the 4.5% offer was fair.",
         "A spokesman for the company", "Northmere Trains"),
        # the regulator is the body that fined; "the bank" is not the central bank
        ("Ardmoy Bank has been fined €14.2 million by the Central Bank of Ireland. The regulator "
         "said the bank failed to check 9,000 customers. The bank said it had invested €60 "
         "million since.", "The regulator said", "Central Bank of Ireland"),
        ("Ardmoy Bank has been fined €14.2 million by the Central Bank of Ireland. The regulator "
         "said the bank failed to check 9,000 customers. The bank said it had invested €60 "
         "million since.", "The bank said", "Ardmoy Bank"),
        ("Ardmoy Bank has been fined €14.2 million by the Central Bank of Ireland. The Central "
         "Bank's investigation found that staff fell by a third.", "The Central Bank's",
         "Central Bank of Ireland"),
        # "the coastguard" after "Italian coastguard" in the same sentence, and the "it" after
        ("Italian coastguard vessels pulled 94 people from a boat, the coastguard said on "
         "Saturday. The boat set off from Libya two days earlier, it said.",
         "The boat set off", "the Italian coastguard"),
        # "police" after the force was named; "Miss" as an honorific; the mission named before
        ("Officers were called at midnight, the Harlow Regional Police Service said. The man, "
         "27, was taken to hospital, police said.", "The man, 27", "Harlow Regional Police Service"),
        ("Prosecutor Helen Marsh told the court that Colley took £90,000. One widow paid "
         "£11,500 for a roof, Miss Marsh said.", "One widow", "Helen Marsh"),
        ("The United Nations Observer Mission in the Ardan Valley (UNOMAV) said six shells "
         "landed. The mission said it could not yet say who fired 4 of them.", "The mission said",
         "United Nations Observer Mission in the Ardan Valley"),
        # a document titled and owned ("The trust's annual Housing Pressure Report found"); the
        # brokerage; a company's short name stays the company, not its product
        ("Rents take 34 per cent of income, according to a report from the Housing Affordability "
         "Trust. The trust's annual Housing Pressure Report, released on Thursday, found rents "
         "rose in 11 of 16 regions.", "The trust's annual", "Housing Affordability Trust"),
        ("Analysts at Vantage Securities said the deal was fair. In a note to clients, the brokerage "
         "estimated that costs would fall 9%.", "In a note to clients", "Vantage Securities"),
        ("The EU fined Quillon Technologies €2.1 billion over Quillon Office bundling. A "
         "spokesperson for Quillon said the company would appeal within 60 days.",
         "A spokesperson for Quillon", "Quillon Technologies"),
        # documents whose publisher the article named: "a statement released by the agency on
        # Tuesday", "a council report", "a notification issued by the ministry", an inquiry
        ("The Kenya Highlands Tea Agency signed the deal, according to a statement released by "
         "the agency on Tuesday. The statement said 42 million kilogrammes would ship.",
         "The statement said", "Kenya Highlands Tea Agency"),
        ("Glyncoed County Borough Council will consult on 3 closures. According to a council "
         "report, the schools have 412 empty places. The report said costs rose 9%.",
         "The report said", "Glyncoed County Borough Council"),
        ("The Ministry of Energy and Petroleum raised prices. According to a notification issued "
         "by the ministry, petrol now costs Rs276 a litre.", "According to a notification",
         "Ministry of Energy and Petroleum"),
        ("An inquiry by the Building Works Regulatory Authority has found that the contractor "
         "ignored 3 conditions, according to a report published on Monday. The report said "
         "shoring works were never done.", "The report said",
         "Building Works Regulatory Authority"),
        # officials of a body, by its initials or as "officials of the authority"; analysts at
        # a firm described first, and "the consultancy" after them
        ("The National Relief Coordination Office (NRCO) sent 40 trucks. NRCO officials said "
         "12 bridges were down.", "NRCO officials said", "National Relief Coordination Office"),
        ("The Oil and Gas Pricing Authority set new prices. Officials of the authority said "
         "the levy rose by Rs5.", "Officials of the authority", "Oil and Gas Pricing Authority"),
        ("Analysts at São Paulo-based consultancy Agroverde Inteligência said beef prices rose "
         "14%. The consultancy noted that ranching accounts for 80 per cent of clearing.",
         "The consultancy noted", "Agroverde Inteligência"),
        # (set 22) a report after "X concluded in a review"; a body's document ("The inquiry's
        # 340-page report"); a document the company submitted; a ministry named with commas;
        # a consortium named in passing
        ("The officer acted within the law, the District Attorney's Office concluded in a review "
         "released Monday. But the 58-page report also criticized the department for a 4-minute "
         "delay.",
         "But the 58-page", "District Attorney's Office"),
        ("The Bramcote Maternity Inquiry was set up in 2021. The inquiry's 340-page report said "
         "staff had raised concerns 47 times.", "The inquiry's", "Bramcote Maternity Inquiry"),
        ("Kazuma Motor Corp. said it will recall 640,000 vehicles. The recall covers 12 models, "
         "according to a notification the company submitted to the Land, Infrastructure, "
         "Transport and Tourism Ministry.", "The recall covers", "Kazuma Motor Corp."),
        ("The recall covers 12 models, the Land, Infrastructure, Transport and Tourism Ministry "
         "said.", "The recall covers", "Land, Infrastructure, Transport and Tourism Ministry"),
        ("The satellite was built by the Nordic Space Consortium for €210 million. It was "
         "insured, according to the consortium.", "It was insured", "Nordic Space Consortium"),
        # (set 24) a body's document by its name ("Vossberg's restructuring plan"), a bulletin
        # issued by a body, officials of a named administration, a new report
        ("Vossberg AG will cut 9,000 jobs by 2028, according to Vossberg's restructuring plan.",
         "Vossberg AG will cut", "Vossberg AG"),
        ("The toll rose to 11, according to a bulletin issued by the State Disaster Management "
         "Authority.", "The toll rose", "State Disaster Management Authority"),
        ("The toll rose to 11 on Tuesday, said officials of the Sarangpur district "
         "administration.", "The toll rose", "Sarangpur district administration"),
        ("The Northshore Policy Institute studied 40 cities. A new report says a family would "
         "need 11 years to save a deposit.", "A new report says", "a new report"),
        # (set 25) what a statement "read in part" is its maker's
        ("In a statement, the Federal Ministry of Education said talks would resume. The "
         "statement read in part, "
         '"The Federal Government remains open to dialogue with 3 unions."', "The statement read",
         "Federal Ministry of Education"),
        # (set 23) a Spanish name's first surname alone is the person named in full before
        ('Prosecutor Daniela Ruvalcaba Torres said Salcedo ordered 14 killings. "He ran a '
         'regime of fear," Ruvalcaba said.', "He ran a regime", "Daniela Ruvalcaba Torres"),
        # a blog post is the company's document; "the post by" someone else is not
        ("Stridely said in a blog post late Tuesday that 2.3 million users were affected. The "
         "company has notified regulators in 2 countries, according to the blog post.",
         "The company has notified", "Stridely"),
    ],
)
def test_bodies_named_in_passing(body, fragment, speaker):
    assert claim_with(extract_claims(body), fragment).speaker == speaker


@pytest.mark.parametrize("sentence,speaker,role", [
    ("Trustee Gregory Oyelaran, who voted against the cuts, said the district had not done "
     "enough.", "Gregory Oyelaran", "Trustee"),
    ('Partner Helen Ashdown said: "The regulator has now confirmed it."', "Helen Ashdown",
     "Partner"),
    ("Faruk has been absconding since the fire, according to Ashrafpur Police Station "
     "Officer-in-Charge Kamrul Hasan.", "Kamrul Hasan",
     "Ashrafpur Police Station Officer-in-Charge"),
    ("State Minister for Labour and Employment Nasrin Jahan told reporters that the "
     "government would act.", "Nasrin Jahan", "State Minister for Labour and Employment"),
])
def test_titles_before_a_name_are_the_role(sentence, speaker, role):
    (claim,) = extract_claims(sentence)
    assert (claim.speaker, claim.speaker_role) == (speaker, role)


@pytest.mark.parametrize("full,later", [
    ("Md Anisur Rahman", "Anisur"),  # known by the given name after "Md"
    ("Ricardo Treviño Garza", "Treviño"),  # a Spanish first surname
    ("Adriana Salcedo Ríos", "Salcedo"),
])
def test_a_later_mention_by_a_name_before_the_last_is_the_same_person(full, later):
    body = (f"The committee's convener, {full}, said the exits were locked.\n\n"
            f"The owner has fled, {later} said.")
    assert [c.speaker for c in extract_claims(body)] == [full, full]


def test_attorneys_at_a_firm_speak_for_it_and_its_motion_is_its_own():
    body = ("In a motion for preliminary approval filed Monday, the plaintiffs' attorneys at "
            'Halloran Pike LLP called the settlement "an excellent result".\n\n'
            "Attorneys for the class will seek up to $14 million in fees, the motion said.")
    assert [c.speaker for c in extract_claims(body)] == ["Halloran Pike LLP"] * 2


def test_a_motion_filed_by_a_firm_is_the_firms():
    body = ("Freshcrate Inc. has agreed to pay $48 million to settle a class action, according "
            "to a motion for preliminary approval filed Monday by plaintiffs' firm Rourke Feld "
            "LLP.\n\nClass members could receive between $12 and $85, the motion says.")
    assert [c.speaker for c in extract_claims(body)] == ["Rourke Feld LLP"] * 2


def test_a_penalty_notice_is_the_regulators():
    owned = ("Corvane Systems has been fined £4.2m by the Office of the Data Commissioner (ODC). "
             "According to the ODC's penalty notice, the attackers spent 19 days inside the "
             "network. The notice said alerts had not been reviewed.")
    assert [c.speaker for c in extract_claims(owned)][1:] == ["Office of the Data Commissioner"] * 2
    fined = ("The Office of the Information Regulator (OIR) has fined Ledgerwise £6.8 million. "
             "According to the penalty notice, the account belonged to a contractor.")
    assert extract_claims(fined)[1].speaker == "Office of the Information Regulator"


def test_a_co_operative_is_a_company():
    body = ("Dairy co-operative Southern Pastures has raised its forecast milk price to $10.25."
            "\n\nThe forecast would mean about $14.2 billion for farmers, the co-operative said."
            "\n\nThe co-op also reported a net profit after tax of $512m. It will pay a dividend "
            "of 20 cents a share, the company said.")
    assert [c.speaker for c in extract_claims(body)][1:] == ["Southern Pastures"] * 3


def test_a_start_up_is_a_source():
    body = "Payments start-up Kudipay raised $5m. The money will fund 40 hires, the start-up said."
    assert extract_claims(body)[1].speaker == "Kudipay"


def test_a_forum_is_not_the_operator():
    body = ("A new timetable introduced by Mercia Valley Trains descended into chaos. In a "
            "statement, Mercia Valley Trains said it was sorry. More than 340 services were "
            "cancelled, according to figures compiled by passenger watchdog the Rail Users Forum."
            "\n\nThe operator has blamed a shortage of trained drivers.")
    assert extract_claims(body)[-1].speaker == "Mercia Valley Trains"


def test_a_body_named_by_its_last_word_is_the_body_named_in_full():
    body = ("Sri Lanka has reached a deal on $4.1 billion of loans, the Debt Restructuring "
            "Secretariat said on Thursday.\n\nThe Secretariat said a final agreement would be "
            "signed by December.")
    assert [c.speaker for c in extract_claims(body)] == ["Debt Restructuring Secretariat"] * 2


@pytest.mark.parametrize("sentence,speaker", [
    ("The newspaper El Diario del Valle reported that residents had gone 3 weeks without water.",
     "El Diario del Valle"),
    ("Waterschap Linge en Merwede said the timetable was very ambitious.",
     "Waterschap Linge en Merwede"),
])
def test_names_with_particles_inside_stay_whole(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


def test_a_company_named_in_passing_is_the_one_its_short_name_means():
    body = ("Abrafo Gold Mining Limited lost its licence on Friday. Abrafo Gold said it was "
            "studying the judgment.")
    assert extract_claims(body)[-1].speaker == "Abrafo Gold Mining Limited"


def test_a_report_with_its_length_and_an_aside_before_the_verb():
    body = ("A probe report by the Directorate of Factory Safety has found that two of the 3 "
            "exits were locked.\n\nThe 46-page report, submitted to the labour ministry on "
            "Sunday, also found that the blaze began on the third floor.")
    assert [c.speaker for c in extract_claims(body)] == ["Directorate of Factory Safety"] * 2


def test_a_committee_of_a_body_speaks_for_the_body():
    body = ("Locked exits caused the fire that killed 17 workers, a probe committee of the "
            "Directorate of Fire and Civil Protection has found.\n\nThe committee recommended "
            "that the owner be charged under the Labour Act.")
    assert [c.speaker for c in extract_claims(body)] == [
        "Directorate of Fire and Civil Protection"] * 2


@pytest.mark.parametrize("body,speaker", [
    ("The Ashford Springs Unified School District board voted to cut $4.2 million. The district "
     "spent about $3.4 million on administration last year, according to its annual financial "
     "report.", "Ashford Springs Unified School District"),
    ("The National Highways Development Corporation (NHDC) will issue bonds, the Central Bank "
     "said. The NHDC's liabilities stood at Rs. 612 billion in 2024, according to its latest "
     "annual report.", "National Highways Development Corporation"),
])
def test_its_own_report_is_the_body_the_sentence_opens_with(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


def test_a_presentation_by_a_person_is_theirs_and_their_title_the_role():
    (claim,) = extract_claims(
        "The district faces a $6.1 million shortfall, according to a budget presentation by "
        "Chief Financial Officer Raymond Kessler.")
    assert (claim.speaker, claim.speaker_role) == ("Raymond Kessler", "Chief Financial Officer")


def test_a_finite_verb_is_no_role_between_a_name_and_a_participle():
    (claim,) = extract_claims(
        "Minister of Tourism and International Transport Ronald Applewhaite has defended "
        "Government's decision to lease the terminal, insisting the deal will bring in $250 "
        "million.")
    assert (claim.speaker, claim.speaker_role) == (
        "Ronald Applewhaite", "Minister of Tourism and International Transport")


@pytest.mark.parametrize("sentence,speaker,role", [
    ('"We will be taking this to court," said Chief Marlene Cardinal of the Willow Creek Cree '
     "Nation, whose reserve lies 20 kilometres away.", "Marlene Cardinal",
     "Chief of the Willow Creek Cree Nation"),
    ("Speaking at the ceremony, the Minister for Works and Transport, Eng Jabiri Mwakalinga, "
     "said the deal was worth $480 million.", "Jabiri Mwakalinga",
     "Minister for Works and Transport"),
    ("Agency Deputy Director-General Chen Mei-ling (陳美玲) told lawmakers that the 3 "
     "reservoirs were sufficient.", "Chen Mei-ling", "Agency Deputy Director-General"),
    ('Tamarack chief executive Glen Sorensen welcomed the ruling, calling it "a clear signal '
     'that this country can still build 2 pipelines."', "Glen Sorensen", "Tamarack chief executive"),
])
def test_more_ways_of_naming_a_person(sentence, speaker, role):
    (claim,) = extract_claims(sentence)
    assert (claim.speaker, claim.speaker_role) == (speaker, role)


def test_an_acronym_given_after_a_title_of_a_body_is_the_bodys():
    body = ("The Director General of the Tanzania Maritime Ports Authority (TMPA), Mr Hamisi "
            "Kombo, said the terminal handles 180,000 units a year.\n\n"
            "Traffic through the port grew by 14 per cent last year, according to TMPA data.")
    assert extract_claims(body)[-1].speaker == "Tanzania Maritime Ports Authority"


def test_a_person_called_by_an_epithet_is_the_person_just_spoken_of():
    body = ("Sharon McIlwaine said the bins had not been collected for 5 weeks.\n\n"
            '"It is the smell that gets you," the mother-of-three said.')
    assert [c.speaker for c in extract_claims(body)] == ["Sharon McIlwaine"] * 2


@pytest.mark.parametrize("body,speaker", [
    # a body named by its last word, whatever the word
    ("Halvorsen will cut its price by 38%, the Interstate Pharmacy Purchasing Compact announced."
     "\n\nIt is taken by 260,000 patients, the compact said.",
     "Interstate Pharmacy Purchasing Compact"),
    # where a company is based or listed is no part of its name
    ("Milwaukee-based Lakeshore Health has agreed to absorb a rival with $6.1 billion in revenue, "
     "Lakeshore announced.", "Lakeshore Health"),
    ("The Conch Harbour Resort was sold to Florida-based Meridian Leisure Group for $410m.\n\n"
     "Meridian Leisure Group said it would spend a further $60m.", "Meridian Leisure Group"),
])
def test_bodies_named_again(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("body,speaker", [
    # "Plc" is a company's legal form, not a surname
    ("Lubemba Copper Mines Plc, which operates 2 open-pit mines, said it was studying the "
     "regime.\n\nLubemba reported a net profit of US$318 million.", "Lubemba Copper Mines Plc"),
    # a business first named by the sentence that opens with it
    ("Harvest Lane Foods Inc. has agreed to acquire rival grocer Maple Basket Markets Ltd. in a "
     "$3.8-billion deal, the company said Monday.", "Harvest Lane Foods Inc."),
    # a company's board speaks for the company
    ("Harvest Lane Foods Inc. will buy Maple Basket Markets Ltd. for $3.8 billion.\n\n"
     "Maple Basket's board has unanimously recommended that shareholders vote for the 1 deal, "
     "the company said.", "Maple Basket Markets Ltd."),
    # a business whose name has "&", named after what it is
    ("Homewares retailer Pendle & Crane is to close 38 of its 142 stores.\n\nThe retailer said "
     "the closures would take place in 2 phases.", "Pendle & Crane"),
    # "the audit report" after "an audit by" a body
    ("An audit by the Rwanda Cooperatives Regulatory Authority (RCRA) has uncovered "
     "irregularities worth 214 million francs.\n\nAccording to the audit report, the leaders "
     "could not account for 137 million francs.", "Rwanda Cooperatives Regulatory Authority"),
])
def test_companies_and_bodies_named_again_in_other_ways(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("sentence,speaker", [
    ("Worker Tran Thi Mai, 34, said her monthly income had fallen by a third.", "Tran Thi Mai"),
    # a demand is reported speech, as every labeller reads it
    ("Rachel Dunmore, MP for Westmarsh, who has campaigned for the families, called for a wider "
     "inquiry into 11 deaths.", "Rachel Dunmore"),
    # "maintained" reports only with "that": not "illegally maintained a monopoly"
    ("A federal judge ruled Thursday that Haldane Systems illegally maintained a monopoly over "
     "3 markets.", None),
    # "called at" is a visit, not a call
    ("More than 1.2 million cruise passengers called at Belize last year, according to figures "
     "from the Belize Tourism Authority.", "Belize Tourism Authority"),
])
def test_who_speaks_in_sentences_with_tricky_verbs(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


def test_a_long_subject_keeps_its_first_name():
    # three names and a body's name of six words: the subject runs back past ten words
    (claim,) = extract_claims(
        "Economist Pham Quoc Dung of the Institute for Trade and Development Studies said the "
        "industry relied on 1 kind of contract.")
    assert claim.speaker == "Pham Quoc Dung"


@pytest.mark.parametrize("sentence,speaker", [
    ("County Administrator Lisa Brandt said revenue would grow 3.5% next year.", "Lisa Brandt"),
    ("In a statement issued on Monday, Morne Soleil management said it regretted the 2-day "
     "strike.", "Morne Soleil"),
    ("The agency's director general, Ato Yonas Gebremedhin, said 4 bidders had passed.",
     "Yonas Gebremedhin"),
    ("Minister for Labour and Industrial Relations, Hon. Petra Monrose, said she had invited "
     "both sides to 1 meeting.", "Petra Monrose"),
    ("The campaign group Better Buses Yorkshire welcomed the vote.", "Better Buses Yorkshire"),
    ("Members of the Porthcarrow Fishermen's Association say the silt has cut access to 3 hours.",
     "Porthcarrow Fishermen's Association"),
    ("Newspaper Dagposten reports that at least 3 other developers pulled out.", "Dagposten"),
    # what is welcomed or called that is no speech
    ("Jamaica welcomed a record 1.64 million visitors in the first half.", None),
    ("The dockworkers' union SINTRAPORT called a 24-hour strike for Thursday.", None),
])
def test_speakers_of_sets_33_and_34(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


def test_a_bodys_post_named_by_its_acronym_is_the_person_who_holds_it():
    body = ("The deal was approved at a board meeting of the Bangladesh Jute Industries "
            "Corporation (BJIC) on Sunday, the corporation's chairman, Md Anisur Rahman, said.\n\n"
            "Responding to the claim, the BJIC chairman said Tk 46 crore had been set aside.\n\n"
            "The BBC chairman said nothing of 2 other mills.")
    assert [c.speaker for c in extract_claims(body)] == ["Md Anisur Rahman", "Md Anisur Rahman",
                                                         "BBC"]


@pytest.mark.parametrize("sentence,speaker,role", [
    # an initial joined to the name (Mongolian style)
    ("Minister of Mining G.Bat-Erdene said the deal would bring in USD 1.1 billion a year.",
     "G.Bat-Erdene", "Minister of Mining"),
    # a body's name with a small word inside
    ("The Harlan County Freedom to Read Coalition said it was reviewing 2 options.",
     "Harlan County Freedom to Read Coalition", None),
    ("The Citizenship by Investment Unit said 1,200 applications were approved.",
     "Citizenship by Investment Unit", None),
    # a role of a body named by its possessive, then the name
    ('"Every shekel of it should go into 1 fund," said Blue Horizon\'s director, Noa '
     'Peretz-Levi.', "Noa Peretz-Levi", "Blue Horizon's director"),
    # papers and summaries published by a body
    ("The levy would apply to insurers writing more than $50 million a year, according to a "
     "consultation paper published by the Ministry of Finance alongside the announcement.",
     "Ministry of Finance", None),
    ("Workers will be able to retire at 63, according to a summary published by the Ministry "
     "of Economy.", "Ministry of Economy", None),
])
def test_speakers_of_sets_35_and_36(sentence, speaker, role):
    (claim,) = extract_claims(sentence)
    assert (claim.speaker, claim.speaker_role) == (speaker, role)


def test_a_name_after_a_joined_initial_is_the_same_person_later():
    body = ("Economist D.Oyunchimeg of the Mongolian Economic Policy Institute said 60 percent "
            "of export earnings come from coal.\n\n"
            '"A 5-year contract deepens our dependence," she said.\n\n'
            "Oyunchimeg said the contract ran to 2030.")
    assert [c.speaker for c in extract_claims(body)] == ["D.Oyunchimeg"] * 3


def test_in_someones_view_is_their_word():
    body = ("Analyst Marlon Greenaway said the checks were thorough.\n\n"
            "In his view, the real weakness was 1 missing register.\n\n"
            "In Greenaway's opinion, 3 officials should resign.\n\n"
            "In this view, prices rose 3 percent.")
    assert [c.speaker for c in extract_claims(body)] == [
        "Marlon Greenaway", "Marlon Greenaway", "Marlon Greenaway", None]


def test_an_occupation_before_a_name_and_a_relative_clause():
    body = ("Sheep producer Tim Hargreaves, who runs 6,000 Merinos near Coolabin, says he has "
            "decided to store this year's clip.\n\n"
            '"At these prices we are shearing for 0 return," he says.')
    claims = extract_claims(body)
    assert [(c.speaker, c.speaker_role) for c in claims] == [
        ("Tim Hargreaves", "Sheep producer"), ("Tim Hargreaves", "Sheep producer")]


@pytest.mark.parametrize("sentence,speaker", [
    ("Speaking through an interpreter, Elder Thomas Merasty, 81, said the crossing would cut 1 "
     "trapline.", "Thomas Merasty"),
    # a participle describing a thing is no speech
    ("The settlement, announced Tuesday, also requires Corvant to cap costs at $35 a month.",
     None),
    ("The tax, announced in last month's budget, would impose an additional 5 percent levy.",
     None),
    ("The plan, announced on Monday, says 300 jobs will go.", "the plan"),
    # who did an investigation, not what it was into
    ("A forensic investigation by Mokoena Naidoo Forensic Services into the finances of the "
     "Gariep Rugby Union has found that R38.4 million is missing.",
     "Mokoena Naidoo Forensic Services"),
    # an infinitive is no speech beside a closing "according to"
    ("Platforms will have to report any breach within 24 hours, according to rules notified by "
     "the Ministry of Digital Affairs on Thursday.", "Ministry of Digital Affairs"),
    # capitals beyond Latin-1
    ("The Silesian Coal Company (ŚSW) said it would close 2 mines.", "Silesian Coal Company"),
])
def test_speakers_of_sets_37_and_38(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


def test_a_filipino_ma_does_not_end_the_sentence():
    body = ("ODRO Undersecretary Ma. Teresa Villareal said the agency had ordered 1 inventory.\n\n"
            '"We are not making excuses," Villareal added.')
    claims = extract_claims(body)
    assert [c.speaker for c in claims] == ["Ma. Teresa Villareal", "Ma. Teresa Villareal"]


def test_a_short_name_in_brackets_after_a_bodys_name_is_the_body():
    body = ("Chile's National Mining Development Corporation (Corminas) signed a 25-year "
            "contract on Thursday.\n\n"
            "Corminas said the consultation had run for 14 months.\n\n"
            "Councillor Tom Hale (Labour) said 3 things.\n\n"
            "Labour said 2 things.")
    speakers = [c.speaker for c in extract_claims(body)]
    assert speakers[1] == "National Mining Development Corporation"
    assert speakers[3] is None  # (a party in brackets after a person's name is no short name)


@pytest.mark.parametrize("body,speaker", [
    ("The annual report of the Port Aldane Police Service, released Tuesday, shows 21,460 "
     "incidents.\n\nAssaults were up 11 per cent, according to the report.",
     "Port Aldane Police Service"),
    ("The Whenuaroa Regional Council's annual State of the Environment report, released on "
     "Tuesday, found that 23 of 41 sites were unsafe.\n\nNitrate levels have risen at 14 sites, "
     "the report says.", "Whenuaroa Regional Council"),
    ("The International Monetary Fund (IMF) ended its review on Friday.\n\nAccording to the IMF "
     "statement, 5 of 6 targets were met.\n\nThe statement also urged 1 change to power prices.",
     "International Monetary Fund"),
    ("Shoppers queued after the Zimbabwe Monetary Authority (ZMA) announced 1 new currency.\n\n"
     "In a monetary policy statement released on Tuesday, the central bank said the unit would "
     "be backed by gold.\n\nThe statement said 2,500 old notes make 1 new one.",
     "Zimbabwe Monetary Authority"),
])
def test_a_document_named_with_its_maker_is_the_makers_later(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("sentence,speaker", [
    # a demand and a worry in other words
    ("The union is calling for a 20 per cent increase in the minimum wage.", "the union"),
    ("Environmental group Jamaica Coastal Trust has raised concerns about the pace of "
     "construction.", "Jamaica Coastal Trust"),
    ("The move raised concerns about 3 jobs.", None),
    # a figure a document puts at a value
    ("Figures published by the Edemora State Debt Management Bureau put the state's total "
     "debt at N287.6bn.", "Edemora State Debt Management Bureau"),
    # words before a body's name and its initials describe it
    ("The opposition National Reform Alliance (NRA) called for 1 independent audit.",
     "National Reform Alliance"),
])
def test_more_ways_of_speaking_and_naming(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


@pytest.mark.parametrize("sentence,speaker", [
    ("Harrow Foods raised its full-year earnings forecast to between $5.40 and $5.60 a share.",
     "Harrow Foods"),
    ("Analysts at Ashdown Securities cut their target price for the stock from 640p to 510p.",
     "Ashdown Securities"),
    ("Hanul Semiconductor posted an operating profit of 4.2 trillion won for the quarter.",
     "Hanul Semiconductor"),
    # (but not someone else's expectation of it)
    ("Tomas Ferreira said he expected the company to cut its margin target in May by 1 point.",
     "Tomas Ferreira"),
    ("Rain cut its output by 3 percent.", None),
])
def test_a_companys_own_figures_are_its_word(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


@pytest.mark.parametrize("sentence,speaker,role", [
    # a linking word before a described source is no name
    ("However, a senior manager at Harlow Grain Holdings, speaking on condition of anonymity, "
     "said costs had risen by 12 per cent.", "Harlow Grain Holdings", "senior manager"),
    ("Meanwhile, Petra Lind, a farmer, said 3 wells had dried up.", "Petra Lind", "farmer"),
    # two title words joined by a hyphen are a title, not part of the name
    ("Auditor-general Miriam Solberg said 14 contracts broke the rules.", "Miriam Solberg",
     "Auditor-general"),
    ("Vice-President Tomas Ekwueme said exports rose 8 per cent.", "Tomas Ekwueme",
     "Vice-President"),
    ("Rachel Bat-Erdene said 2 mines had closed.", "Rachel Bat-Erdene", None),
    # quoted in a document, saying
    ("Chief executive Ines Varga is quoted in the statement saying the stand will hold 4,000 "
     "more fans.", "Ines Varga", "Chief executive"),
])
def test_speakers_of_sets_39_and_40(sentence, speaker, role):
    (claim,) = extract_claims(sentence)
    assert (claim.speaker, claim.speaker_role) == (speaker, role)


def test_a_verb_inside_what_a_report_found_is_not_who_speaks():
    (claim,) = extract_claims("The review also found that the fee agreed with Corvale was 14 per "
                              "cent above the average.")
    assert claim.speaker == "the review"


@pytest.mark.parametrize("body,speaker", [
    # a body described after its name is what "the consortium" means later
    ("The 20-year contract went to Westmere Water, a consortium led by two builders.\n\n"
     "In a statement, the consortium said its bid had met all 12 requirements.",
     "Westmere Water"),
    # a body whose name reads like a person's, described as "the rail operator", is a body,
    # and "the company" is that body (not the commission, whose name has "Rail" in it)
    ("The Commission of Inquiry into the Ostrava Rail Accident blamed 2 faults.\n\nThe rail "
     "operator, "
     "Compagnie Ferroviaire du Nord, said it regretted the 4 deaths.\n\nThe company insisted "
     "it had asked for 3 new trains.", "Compagnie Ferroviaire du Nord"),
    ("Work will start in 2027, port operator HarbourLink Fiji said.\n\nHarbourLink said 80 new "
     "cranes would arrive.", "HarbourLink Fiji"),
])
def test_bodies_described_once_are_named_again(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("sentence,speaker,role", [
    # a body's word before "of" makes the whole run the body's name, not a post and a person
    ("According to the Office of Land Conflict Monitoring, 41 disputes are active.",
     "Office of Land Conflict Monitoring", None),
    # a numbered ward or district in a title, with a relative clause after the name
    ("But Ward 7 councillor Mirela Ostojic, who voted against the lease, said the city would "
     "lose $2 million.", "Mirela Ostojic", "Ward 7 councillor"),
    ("District 3 Supervisor Anton Reyes said rents rose 12 percent.", "Anton Reyes",
     "District 3 Supervisor"),
    # "defended" a decision is what the speaker says for it
    ("Transport Minister Ilse Varga defended the 9 per cent rise.", "Ilse Varga",
     "Transport Minister"),
    # a time between the comma after a name and the verb
    ("The minister for lands, Ms Ruth Abeka, last week told Parliament that 3 valuers set the "
     "rates.", "Ruth Abeka", None),
])
def test_speakers_of_sets_41_and_42(sentence, speaker, role):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker
    if role:
        assert claim.speaker_role == role


@pytest.mark.parametrize("body,speaker", [
    # a body's name without its last word is the body named in full
    ("The pipeline is run by Kivu Midstream Company.\n\nIn a statement, Kivu Midstream said "
     "87 percent of owners had signed.", "Kivu Midstream Company"),
    # "its" report: the body the sentence opens with
    ("Harbourgate Terminals won the 30-year concession on Monday.\n\nHarbourgate Terminals "
     "operates 14 ports, according to its annual report.", "Harbourgate Terminals"),
    # a ministry's own report, after the ministry was named in full
    ("Fishers oppose a decision by the Ministry of Fisheries and Marine Resources to cut "
     "licences. The Ministry announced it would cut licences from 58 to 41.\n\nAccording to "
     "the Ministry's annual report, catches fell by 30 per cent.",
     "Ministry of Fisheries and Marine Resources"),
    # company forms of other countries make a name a business, which "the company" means
    ("Shares in Fjordlaks ASA fell 7.4 percent.\n\nThe company reported an operating profit "
     "of NOK 2.3 billion.", "Fjordlaks ASA"),
    # what a body is said to be ("the budgeting app that ...") makes it a business
    ("Pennywise, the budgeting app that links to bank accounts, agreed to pay $4 million.\n\n"
     "Pennywise raised $21 million, according to data provider DealLedger. The company says "
     "it has 2 million users.", "Pennywise"),
])
def test_bodies_named_again_in_more_ways(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("body,speaker", [
    # a document named with its owner ("the company's", "its own", "the forum's own") is the
    # owner's, and a later "the documents" too
    ("Brackwell Waste Services wants to expand the landfill.\n\nThe site will gain 14 years "
     "of space, according to the company's permit application.", "Brackwell Waste Services"),
    ("The Lough Valley Health Trust faces a deficit of £48m, according to its own board "
     "papers.\n\nThe documents warn that 40 beds may close.", "Lough Valley Health Trust"),
    ("The Energy Users Forum challenged the tariff.\n\nTariffs have risen by 450% since 2008, "
     "according to the forum's own calculations.", "Energy Users Forum"),
    ("Harlan Copper Mines Plc signed the deal.\n\nHarlan produced 186,000 tonnes last year, "
     "according to its annual report.", "Harlan Copper Mines Plc"),
    # a department named by its field first, after its full name
    ("The U.S. Department of Justice joined the case in May.\n\nThe whistleblower will get $31 "
     "million, according to the Justice Department.", "U.S. Department of Justice"),
    # a company's name without its legal form
    ("Himal Shakti Pvt Ltd lost its licence on Monday.\n\nHimal Shakti has said it will "
     "challenge the decision.", "Himal Shakti Pvt Ltd"),
    # a controller's or a regent's title is no part of the name
    ("City Controller Marisol Okafor-Lind released an audit on Tuesday.\n\n\"Overtime is a "
     "tool,\" Okafor-Lind said.", "Marisol Okafor-Lind"),
    # "Last month" before a company's own results
    ("Shares in Dunmore Bank rose 3 per cent.\n\nLast month the bank reported a pre-tax profit "
     "of €1.1 billion.", "Dunmore Bank"),
])
def test_speakers_of_sets_43_and_44(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("sentence,speaker", [
    ("Smelters use 20% of new coal power, a study by the Jakarta-based Institute for Energy "
     "Transition Studies found.", "Institute for Energy Transition Studies"),
    ("Regent Tomas Bexley said the university was 3 years late.", "Tomas Bexley"),
    # a participle, not an estimate anyone made
    ("The terminal, estimated to cost US$220 million, will include 2 new berths.", None),
])
def test_more_names_and_participles(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


FILLER = ("Residents were angry at the meeting.\n\nMany said the road had been closed for "
          "months.\n\nSome brought placards to the hall.\n\nThe meeting ran late.\n\n")


@pytest.mark.parametrize("body,speaker", [
    # a document the article tied to its maker long before "the report" speaks
    ("An audit of the harbour by the Harbour Trust was published in March.\n\n" + FILLER
     + "The audit found that 3 beaches had lost half their sand.", "Harbour Trust"),
    ("The Kestrel Institute released a report on Monday.\n\n" + FILLER
     + "The 40-page report found that 3 beaches had lost half their sand.", "Kestrel Institute"),
])
def test_a_document_speaks_for_its_maker_named_long_before(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


def test_a_report_never_tied_to_anyone_keeps_no_maker():
    # (not the maker of a later report: "a report" is a new one)
    claims = extract_claims("Inspectors visited in May.\n\nAccording to a report, exports fell "
                            "by 12 percent.\n\nAccording to a report by the World Bank, prices "
                            "rose 8 percent.")
    assert [c.speaker for c in claims[1:]] == ["a report", "World Bank"]


def test_speakers_do_not_depend_on_the_hash_seed():
    # Every process must give an article the same speakers (a re-import in another process must
    # not change them): run the extractor over ten labelled sets under two hash seeds, in real
    # subprocesses, and compare every claim's speaker and role. (A tie once went to whichever
    # body a set's iteration order put first.)
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, pathlib, sys\n"
        "from datasette_factcheck.extract import extract_claims\n"
        "out = []\n"
        "for n in range(39, 49):\n"
        "    d = pathlib.Path('eval/data/speakers-%d' % n)\n"
        "    for f in sorted(d.glob('*.txt')):\n"
        "        body = f.read_text('utf-8').split('\\n\\n', 1)[1]\n"
        "        out += [(f.name, c.start, c.speaker, c.speaker_role)\n"
        "                for c in extract_claims(body)]\n"
        "print(json.dumps(out))\n")
    root = Path(__file__).resolve().parent.parent
    runs = [subprocess.run([sys.executable, "-c", script], cwd=root, check=True,
                           capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")]
    assert json.loads(runs[0]) and runs[0] == runs[1]


@pytest.mark.parametrize("body,speaker", [
    # a place's possessive before a public body is no part of its name, here or later
    ("Manitoba's Department of Natural Resources and Mines will review the rates, the "
     "department said. The department said it would consult 3 groups.",
     "Department of Natural Resources and Mines"),
    ("New Zealand's Ministry for Primary Industries said 40 farms were affected.",
     "Ministry for Primary Industries"),
    ("Chile's National Mining Development Corporation said it expects $6 billion.",
     "National Mining Development Corporation"),
    # a possessive that is part of a body's own name stays
    ("The People's Bank of China said lending rose 8 percent.", "People's Bank of China"),
    ("King's College London said 12 staff were affected.", "King's College London"),
    ("The Older People's Council of Ireland said 40 percent of pensioners would lose out.",
     "Older People's Council of Ireland"),
])
def test_a_places_possessive_is_not_part_of_a_bodys_name(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("body,speaker", [
    # Burmese honorifics stand before the whole name, and are no part of it
    ("Daw Lu Awng, director of the group, said 14 new mining sites had opened.", "Lu Awng"),
    ("U Myo Zaw Oo, a former official, said 30 permits were sold.", "Myo Zaw Oo"),
    ("Ko Naw Din, a jade trader, said 30 excavators had arrived. \"They came at night,\" he "
     "said.", "Naw Din"),
    # ("Ko" is also a surname: before a single name it stays)
    ("Ko Wen-je said 3 of the 5 candidates had withdrawn.", "Ko Wen-je"),
    # an acronym the article never spells out in brackets: the body whose initials it is
    ("The Federal Railroad Administration fined GP&G Railroad $2.1 million. The FRA said "
     "inspectors had found 212 violations.", "Federal Railroad Administration"),
    ("The Bermuda Monetary Authority [BMA] has fined Coralstone Re. According to the BMA, the "
     "insurer failed 3 tests.", "Bermuda Monetary Authority"),
    # a minister named with the field of the post in the reporter's voice, later by surname
    ("The deal was signed by Minister of Marine Resources Dilmei Rengulbai and the manager, Lin "
     "Chao-wei. Minister Rengulbai said the quota was 40 percent below the limit.",
     "Dilmei Rengulbai"),
    # a business named by its first word after its full name
    ("Halvorsen Biologics has taken its partner to court. Halvorsen reported a net loss of $96 "
     "million.", "Halvorsen Biologics"),
    # a business's short name, with the name as the article first wrote it in full
    ("MedPoint Pharmacies plans to close 640 stores, the company announced Thursday. MedPoint "
     "said it would publish a list of 640 stores.", "MedPoint Pharmacies"),
    ("Talks between the Government of Mongolia and Khangai Copper LLC, operator of the mine, "
     "ended on Tuesday. Khangai Copper rejected the findings in a statement issued on 2 May.",
     "Khangai Copper LLC"),
    ("Gulfstar Mutual Insurance Company will pay $48 million. Gulfstar denied any wrongdoing "
     "in 2 statements.", "Gulfstar Mutual Insurance Company"),
])
def test_speakers_of_sets_47_to_52(body, speaker):
    said = [c.speaker for c in extract_claims(body) if c.speaker]
    assert said and set(said) == {speaker}


def test_a_legal_name_given_only_in_a_case_caption_is_not_the_short_names():
    claims = extract_claims(
        "Corvell Health has agreed to pay $42 million. Corvell said it had removed 3 trackers. "
        "The case is Delaney v. Corvell Health Inc., in Illinois.")
    assert claims[1].speaker in ("Corvell", "Corvell Health")


def test_a_south_asian_dateline_with_its_day_is_no_speaker():
    (claim,) = extract_claims(
        "KATHMANDU, March 18: The Department of Commerce has launched an investigation into a "
        "20 percent rise in cement prices, saying it suspects producers coordinated it.")
    assert claim.text.startswith("The Department of Commerce")
    assert claim.speaker == "Department of Commerce"


_MORE_SPEAKERS_OF_SETS_49_50_AND_52 = [
    # a title whose fields are listed with commas
    ("The Minister for Commerce, Industry and Resources, Aaron Deiye, said the increase from "
     "the rate of $3.10 was the first in 10 years.", "Aaron Deiye"),
    # a title with "in the Ministry" after an opening phrase; "the minister" later is him
    ("Responding in the House, Minister of State in the Ministry of Finance, Lionel Gomes, said "
     "the government welcomed 9 of the findings. The minister said 3 trustees now sign.",
     "Lionel Gomes"),
    # documents named by the kind of body that made them
    ("MedPoint Pharmacies plans to close 640 stores, the company said. The closures will "
     "affect 12 states, according to a company press release.", "MedPoint Pharmacies"),
    # a body named by a capitalised word for its kind or league
    ("Kilbraith Athletic have agreed to sell a stake. The Championship club confirmed that 75 "
     "per cent of the shares would be sold.", "Kilbraith Athletic"),
    # auditors: the body that made the audit
    ("The Office of the State Auditor today released an audit of the lottery contract. "
     "Auditors found that the vendor was paid $6.8 million too much.",
     "Office of the State Auditor"),
    ("The Audit Department reviewed 40 payments. In 11 of those cases, auditors said they "
     "could find no documents.", "Audit Department"),
    # analysts at a firm, and "they" and "the analysts" after them
    ("Shares in Kessock closed down 14% at 212p.\n\nAnalysts at Aberdeen broker Glenmoray "
     "Securities said the liability would wipe out 2 years of cash flow. They added that the "
     "final figure was likely to be 20% lower.", "Glenmoray Securities"),
    ("Analysts at Grayline Securities wrote that the lawsuit was 1 of 3 risks. The analysts "
     "cut their price target to $22 from $31.", "Grayline Securities"),
    # a name given ("dubbed") is no speech
    ('The scheme, dubbed "Café Digno," will be financed with 400 billion pesos, according to '
     "the Agriculture Ministry.", "Agriculture Ministry"),
    # a document's maker named inside the phrase
    ("The cost has jumped by 38 per cent, according to a paper the Development Bureau "
     "submitted to lawmakers on Friday.", "Development Bureau"),
    ("A report by patient watchdog Patient Voice Devon found 6,318 notices were issued. The "
     "watchdog said it had received 300 complaints.", "Patient Voice Devon"),
]


@pytest.mark.parametrize("body,speaker", [
    # "the unit" after a body whose name has "by" inside
    ("The Citizenship by Investment Unit, which processes applications, said 12 were refused. "
     "The unit said the programme had approved 1,146 applications.",
     "Citizenship by Investment Unit"),
    # "the draft" after draft regulations a body published
    ("The levy is in draft regulations published last month by the National Coffee Board. "
     "According to the draft, the fund would support 3 schemes.", "National Coffee Board"),
])
def test_bodies_and_documents_named_again(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


def test_the_body_in_a_persons_role_is_not_the_person():
    # "Port of Sandmarsh chief executive" is a chief executive, not a port: a later "the
    # port" is never her
    claims = extract_claims(
        "Port of Sandmarsh chief executive Alison Threlfall said the site would hold 1,700 "
        "lorries. If it is approved, the port says work could start in 2026.")
    assert claims[0].speaker == "Alison Threlfall"
    assert claims[1].speaker != "Alison Threlfall"


_SPEAKERS_OF_SETS_51_53_AND_54 = [
    # a minister's field with "and" inside, then the name
    ("Minister of Industry and Investment Gergely Vámosi wrote that 40 jobs were saved.",
     "Gergely Vámosi"),
    ("Undersecretary for Fisheries and Aquaculture Julieta Contreras called it a turning point "
     "for 11 parks. \"It is a new start,\" Contreras said.", "Julieta Contreras"),
    ("Minister for Culture, Tourism and Civil Aviation Tek Bahadur Shahi said 3 firms bid.",
     "Tek Bahadur Shahi"),
    ("Minister of Ports and Aviation Dwayne Farquharson told reporters $14 million was owed. "
     "\"It will be collected,\" Mr Farquharson said.", "Dwayne Farquharson"),
    # Bhutanese honorifics, and a Member of the Senedd
    ("Minister for Energy and Natural Resources, Lyonpo Pema Dendup, said the rate was 5 "
     "percent higher.", "Pema Dendup"),
    ("Local MS Siân Harries said 2 grounds were at risk.", "Siân Harries"),
    # a place's possessive before "X Ministry"
    ("Peru's Production Ministry set a quota of 2.5 million tonnes. The ministry said 40 "
     "vessels would carry inspectors.", "Production Ministry"),
    # staff of a firm whose name has a particle, or is given after where it is based
    ("Economists at the Maputo-based Banco Rovuma de Investimento warned the levy could delay "
     "a $5 billion decision.", "Banco Rovuma de Investimento"),
    ("Analysts at Campo y Mercado, a Rosario-based consultancy, said the cap was unlikely to "
     "work. They forecast that prices would rise 6 percent.", "Campo y Mercado"),
    ("The civil society organisation Observatório de Transparência e Governação (OTG) said the "
     "draft did not explain 3 of the rules.", "Observatório de Transparência e Governação"),
    # a club by its first word, a group by its own name
    ("The sale of Hallamshire County Cricket Club's ground was approved. Hallamshire's accounts "
     "showed a loss of £2.7 million.", "Hallamshire County Cricket Club"),
    ("The Save Carbrook Road group, which campaigned against the sale, said 400 members voted.",
     "Save Carbrook Road"),
    # a document's maker named in the sentence that follows, or in the sentence itself
    ("A housing association left 312 tenants waiting, a damning audit has found. The report "
     "into Possilbank Housing Association, published by the Scottish Tenancy Standards Board "
     "on Thursday, found that 312 repairs were late.", "Scottish Tenancy Standards Board"),
    ("Councils overstated approvals by 9,000, a scathing audit has found. The State Audit "
     "Office report, tabled in parliament on Thursday, found 14 of 31 councils erred.",
     "State Audit Office"),
    # "its" filing is the sentence's subject's, named in full before
    ("Regulators reviewed the merger of St. Brendan's and Harlow Valley Health. Harlow Valley "
     "lost $6.4 million in its last fiscal year, according to its most recent filing with the "
     "state.", "Harlow Valley Health"),
]


def test_an_adjective_before_a_plural_noun_is_no_speaker():
    (claim,) = extract_claims("Written comments can be submitted through the website until "
                              "Oct. 31, 2025.")
    assert claim.speaker is None


_SPEAKERS_OF_SETS_55_AND_56 = [
    # titles and honorifics of more places: a rank, Fijian chiefly titles, a Filipino lawyer's
    ("NRNA Chairman Commodore Rafiqul Alam said 40 vessels were stuck. The NRNA chairman said "
     "3 contracts had penalty clauses.", "Rafiqul Alam"),
    ("Union general secretary Ratu Josefa Vuniwai said 5 years was too short.",
     "Josefa Vuniwai"),
    ("Opposition spokesperson for finance Adi Litia Qalo said the price was 40% too low.",
     "Litia Qalo"),
    ("Chief regulator Atty. Ramon de Guzman said 40 percent of the water was lost. \"We will fix "
     "it,\" De Guzman said.", "Ramon de Guzman"),
    # a post's fields listed with commas, then "the Honourable" and the name
    ("Minister of Communications, Works and Energy, the Honourable Cecil Farrell, described "
     "the result as a historic step. The well reached 260 degrees, the minister said.",
     "Cecil Farrell"),
    # a party's word in a relative clause
    ("The deal has been criticised by the opposition Civic Alternative party, which says the "
     "fee is 40% too low.", "Civic Alternative"),
    # "has charged that" is speech (Zambian and Nigerian English)
    ("Opposition spokesperson on agriculture Emmanuel Siame has charged that the ban cost "
     "farmers $40 million.", "Emmanuel Siame"),
    # "according to its rules" is what the sentence opens with
    ("The Rail Rates Tribunal has 90 days to decide, according to its rules of procedure.",
     "Rail Rates Tribunal"),
    # a name that ends in "An"
    ("Tan Phu general director Nguyen Thi Hoai An said the price, around $640 a tonne, was "
     "higher than expected.", "Nguyen Thi Hoai An"),
]


@pytest.mark.parametrize("sentence", [
    "The emergency provision, added to state law in 2017, lets agencies skip 2 steps.",
    "He was charged with fraud in 2019 and fined $4,000.",
])
def test_things_added_and_charges_are_no_speech(sentence):
    (claim,) = extract_claims(sentence)
    assert claim.speaker is None


_SPEAKERS_OF_SETS_57_AND_58 = [
    # a Spanish body's name joined by "de" and "del", with a list of places in a clause after it
    ("The Federación de Criadores del Norte, which represents ranchers in Artigas, Salto, "
     "Rivera and Tacuarembó, said the 30-day deadline was unrealistic.",
     "Federación de Criadores del Norte"),
    # "described ... as" after a relative clause: the body whose name has "and" inside
    ("The Goldfields Land and Water Alliance, which had called for a tougher penalty, "
     "described the fine as \"pocket change\" for a company that produced 96,000 ounces.",
     "Goldfields Land and Water Alliance"),
    # a surname that is also a title, alone after the person was named in full
    ("Chief Marlene Cardinal of the Sauvin Lake Cree Nation said 14 hectares were hit. \"Our "
     "hunters still won't take moose from that area,\" Cardinal said.", "Marlene Cardinal"),
    ("Author Jonathan King said sales rose 40%. \"It was a good year,\" Mr King said.",
     "Jonathan King"),
    # a branch, or a wider place, after the person's role
    ("Olumide Adeyemi-Johnson, chairman of the Real Estate Developers Forum, Lagos chapter, "
     "said at least 40 per cent of his members had suspended work.", "Olumide Adeyemi-Johnson"),
    ("Sutarmo, a smallholder who farms four hectares of oil palm in Kampar regency, Riau, said "
     "prices fell to Rp 2,350 per kilogram.", "Sutarmo"),
    # a vendor known by its contract, later "the company" and its first word
    ("Commissioners extended the county's jail food contract with Crestline Correctional "
     "Dining for two more years. The company said it had replaced its kitchen manager in "
     "March. In a statement, Crestline said its menus meet 2 state standards.",
     "Crestline Correctional Dining"),
    # a relative clause between a quotation's speaker and "told"
    ("\"My son lost 22 pounds in that jail,\" Tanya Breck, whose son was held there for four "
     "months last year, told commissioners.", "Tanya Breck"),
]


def test_a_magistrate_is_a_title():
    (claim,) = extract_claims("Magistrate Fiona Delacroix said the company's failure to "
                              "restore the alarm was a serious lapse costing $2 million.")
    assert (claim.speaker, claim.speaker_role) == ("Fiona Delacroix", "Magistrate")


@pytest.mark.parametrize("sentence,speaker,role", [
    # guards: a body's particle name inside a person's role, and where a company is based
    ("Economist Juliana Herrera of the Bogotá-based think tank Fundación Cauce said exports "
     "fell 12%.", "Juliana Herrera", "Economist of the Bogotá-based think tank Fundación Cauce"),
    ("Halloway Spirits, based in Louisville, Kentucky, confirmed it had cut 40 jobs.",
     "Halloway Spirits", None),
])
def test_names_before_a_role_stay_whole(sentence, speaker, role):
    (claim,) = extract_claims(sentence)
    assert (claim.speaker, claim.speaker_role) == (speaker, role)


_DOCUMENTS_ARE_THEIR_MAKERS_WORDS = [
    # a document no rule tied to its maker is never a speaker of its own: its maker, from its
    # own words ...
    ("The Whitehorn River Tribal Council said it backs the compact. The compact would cut "
     "that share to 5.5%, according to a summary the Tribal Council distributed to citizens.",
     "Whitehorn River Tribal Council"),
    ("The Energy Tariff Board raised the tariff. According to the board's decision, the tariff "
     "will be 3.28 manats per 1,000 cubic meters.", "Energy Tariff Board"),
    ("Councillors will vote on the plan. It would cost £2 million, according to a report to "
     "West Marden District Council's planning committee.", "West Marden District Council"),
    ("The increase will be applied in two stages, with 8% in July, according to a resolution "
     "issued on Monday by the Water and Sanitation Services Regulatory Agency (Arsa).",
     "Water and Sanitation Services Regulatory Agency"),
    ("The Calder and Aire Combined Authority will run the buses. Passenger numbers are 12 per "
     "cent below 2019 levels, according to the combined authority's latest figures.",
     "Calder and Aire Combined Authority"),
    # ... what the sentence opens with, for "its" ...
    ("Blue Channel Resorts, which is backed by investors from Guam, plans to spend $31 million "
     "on the project, according to its application.", "Blue Channel Resorts"),
    # ... or the body the article is about
    ("The Ministry of Agriculture said it set a quota of 1.2 million tonnes. The quota will be "
     "shared among exporters, according to a draft ministerial order published for comment.",
     "Ministry of Agriculture"),
    # records released by a body, and what they show
    ("Grievance logs released by the Tolliver County Sheriff's Office show the jail recorded 46 "
     "written food complaints.", "Tolliver County Sheriff's Office"),
]


def test_a_body_named_after_a_document_noun_stays_itself():
    (claim,) = extract_claims("According to the audit office, 78,590 customers were affected "
                              "last year, up from 9,239 in 2021.")
    assert claim.speaker == "the audit office"


_SPEAKERS_OF_SETS_59_TO_63 = [
    # a firm's analysts with words before them, and a campaign group whose name has "the"
    ("Water market analysts at Aqualink Advisory said in a note that prices rose 12 per cent.",
     "Aqualink Advisory"),
    ("Campaign group Better Buses for the Valleys welcomed the decision but called for fares "
     "of £2.", "Better Buses for the Valleys"),
    # an Irish title; a degree after a name; a town and its state after a role
    ("County Board Cathaoirleach Séamus Ó Fearghail described the deal as \"the most "
     "significant\" in 10 years.", "Séamus Ó Fearghail"),
    ("Dana Whitcomb, PharmD, owner of Riverside Family Pharmacy in Brennan Falls, Wisconsin, "
     "said her store paid $180 a bottle.", "Dana Whitcomb"),
    # five words of title and name between a quotation and a relative clause
    ("\"Patients paid inflated prices,\" Wisconsin Attorney General Patricia Lund, who co-led "
     "the investigation, said in a press release. \"This settlement puts $40 million back.\"",
     "Patricia Lund"),
    # who owns a company is no part of its name
    ("Malaysian-owned Golden Teak Timber Ltd said it had paid SBD$3 million in royalties.",
     "Golden Teak Timber Ltd"),
    # what a producer's name says it makes marks a business
    ("ASX-listed Redgum Lithium will pause its Wandoo Bay refinery from next month. The company "
     "told the ASX on Wednesday that 240 workers would lose their jobs.", "Redgum Lithium"),
]


def test_a_users_group_is_no_company():
    claims = extract_claims(
        "Avel Crossings Ltd will cut 3 evening sailings. The Wendlecombe Ferry Users' Group said "
        "it was dismayed by the 40% cut. In a statement, the company said fuel costs had risen "
        "40 per cent since 2021.")
    assert claims[-1].speaker == "Avel Crossings Ltd"


def test_the_company_is_the_one_whose_chief_spoke_last():
    # (a guard: a salmon farmer's name marks a business now, and is not the company meant)
    claims = extract_claims(
        "Havbruk Nordvik ASA fell 7.4 percent, while Lofjord Salmon dropped 5.9 percent. Havbruk "
        "Nordvik chief executive Tone Birkeland said the company would pause a NOK 900 million "
        "hatchery. The company reported an operating profit of NOK 2.3 billion for last year.")
    assert claims[-1].speaker == "Havbruk Nordvik ASA"


_A_POST_BEFORE_A_NAME_BETWEEN_COMMAS = [
    # a post that opens the sentence without an article, then the name between commas (and no
    # article read inside "Ocean")
    ("Minister for Fisheries and Ocean Resources, Hon. Tebwebwe Kaitara, told Parliament the "
     "fee was 40% too low. \"Our ocean is our bank,\" the Minister said.", "Tebwebwe Kaitara"),
    ("The Ranking Member on Parliament's Food, Agriculture and Cocoa Affairs Committee, Emmanuel "
     "Kofi Adjei, said the cedi had lost 20% of its value.", "Emmanuel Kofi Adjei"),
]


_MORE_SPEAKERS_OF_SETS_59_TO_63 = [
    # a warning in the progressive; an expectation of a quantity; a forecast
    ("The Barbados Rum Producers Guild is warning that a proposed levy could cost the industry "
     "40% of its sales.", "Barbados Rum Producers Guild"),
    ("Crossbuck Dairy Advisors said it brokered the deal. The firm expects at least three more "
     "such deals this year.", "Crossbuck Dairy Advisors"),
    ("The Siam Rice Exporters Council said exports fell 10%. The council forecasts Thai rice "
     "exports at 7.5 million tonnes this year.", "Siam Rice Exporters Council"),
    # a document made by a body's staff, and one written for a body's cabinet: the body's
    ("The Brookhaven Community School District said it approved the contract. Keystone would "
     "pay $250 for each late route, according to a summary prepared by district staff.",
     "Brookhaven Community School District"),
    ("Carwyn Valley County Borough Council will lease the ground to the club for 25 years. "
     "The council said the club would pay £1 a year. The council spends £28,000 a year on the "
     "ground, according to a report to cabinet.", "Carwyn Valley County Borough Council"),
]


def test_a_plural_possessive_before_a_post_and_a_name():
    # (set 65, held out: an article read inside a word had found this by chance before 8a3a49f
    # stopped that; the plural possessive is now read as a possessive)
    claims = extract_claims("Marcher Aggregates' operations director, Sarah Lydbury, said the "
                            "firm had cut the extension by a fifth. \"We understand the "
                            "concerns,\" she said.")
    assert [c.speaker for c in claims] == ["Sarah Lydbury", "Sarah Lydbury"]


@pytest.mark.parametrize("sentence,speaker", [
    ("Al Vet, DVM, CPA, said the fee rose 4% this year.", "Al Vet"),
    ("Tom Roe, Esq., said the ruling cost the town $2 million.", "Tom Roe"),
    ("Jane Doe, MBE, said 30 volunteers had joined.", "Jane Doe"),
])
def test_degrees_after_a_name_are_no_role(sentence, speaker):
    (claim,) = extract_claims(sentence)
    assert claim.speaker == speaker


_SPEAKERS_OF_SETS_59_TO_63_AND_66 = [
    # a description of the body in a person's role, after it, is the body's
    ("Shahana Begum, executive director of the Nouyatri Safety Forum, a passenger rights group, "
     "said 47 people died in 2023.", "Shahana Begum"),
    ("Nadia Brennan, an attorney for Lakeshore Gaming LLC, one of three applicants passed over "
     "Thursday, told the board 2 rules were broken.", "Nadia Brennan"),
    ("John Smith, a local farmer, said 40 sheep were lost.", "John Smith"),
    # (a long description)
    ("Nguyễn Quốc Bảo, director of Hải Thịnh Seafood, a squid and octopus processor in the "
     "central province of Quảng Phú, said his company had spent VND2 billion.", "Nguyễn Quốc Bảo"),
    # "adding to" is no remark; "projected" is
    ("India has also increased exports, adding to global supply, according to a quarterly "
     "bulletin from the International Spice Trade Council.", "International Spice Trade Council"),
    ("The Legislative Fiscal Office projected last year that wagering would raise $48 million a "
     "year.", "Legislative Fiscal Office"),
    # a minister's field of two words after "and"
    ("Minister of Transport and Civil Aviation Aishath Shiuna told parliament the loan cost 2.5 "
     "percent. She said the airport would pay its debt by 2031.", "Aishath Shiuna"),
    # a body named again by a word of its name, or by what it is
    ("The Guatemalan Cardamom Growers' Council said prices fell 40%. The growers' council said it "
     "had asked for a credit line of $5 million.", "Guatemalan Cardamom Growers' Council"),
    ("The National Exporters' Chamber said exports fell 3%. Exports were worth $780 million last "
     "year, according to the Chamber.", "National Exporters' Chamber"),
    # a document signed by a body's official
    ("The Ministry of Shipping said it would enforce the rule. Fines reach Tk 5 lakh, according "
     "to a gazette notification signed by the ministry's senior secretary.",
     "Ministry of Shipping"),
]


_SPEAKERS_OF_SETS_67_AND_68 = [
    # a noun that is also a verb, after a preposition, is the noun
    ("In comments filed with USTR in March, the Solar Manufacturing Fairness Coalition, a group "
     "of five domestic manufacturers, argued that production would exceed 20 GW.",
     "Solar Manufacturing Fairness Coalition"),
    # who only reviewed a document did not make it
    ("The Federal Aviation Administration said it would hire 40 staff. The FAA imposed delays on "
     "11 days in August, according to agency data reviewed by AeroLedger.",
     "Federal Aviation Administration"),
    # a finding in a relative clause; a forecast in the progressive
    ("The couple commissioned a report from chartered surveyor Ian Beddows, who concluded that "
     "the 2 cracks were consistent with subsidence.", "Ian Beddows"),
    ("The Grain Industry Council of WA is forecasting a state crop of 14.2 million tonnes.",
     "Grain Industry Council of WA"),
    # a kind of firm written with a capital at the start of a sentence
    ("Consultancy Airway Metrics estimated that the disruption cost airlines $38 million.",
     "Airway Metrics"),
    # a Filipino body's name joined by "ng"
    ("The Samahang Magsasaka ng Gitnang Luzon (SMGL) said the cut would cost farmers 2 pesos a "
     "kilo.", "Samahang Magsasaka ng Gitnang Luzon"),
]


@pytest.mark.parametrize("body,speaker", [
    # a body that opens the sentence and is described, not named, at its end
    ("Meridian Valley Health will eliminate about 340 positions across its four hospitals, the "
     "nonprofit health system said Tuesday. The system said it expects the cuts to save about "
     "$38 million a year.", "Meridian Valley Health"),
    ("Austral LNG Mozambique has agreed to raise compensation to 1,400 families, the company "
     "announced on Tuesday. Each household will receive 185,000 meticais per hectare, according "
     "to a statement issued in Maputo. Austral LNG said 60 boats would be provided by June.",
     "Austral LNG Mozambique"),
    # the body a post belongs to, not a body named after the post
    ("Crestline Bank Plc said it would raise N180 billion. The Group Managing Director of "
     "Crestline Bank, Mrs Ngozi Adeyemi-Okafor, said the offer was fair. The bank last month "
     "reported a profit of N61.2 billion.", "Crestline Bank Plc"),
    # a body's initials given after a word saying where it is based
    ("In a report published last month, the Maputo-based Resource Governance Observatory (ORG) "
     "said 300 households were left out. The ORG also said compensation was paid in cash.",
     "Resource Governance Observatory"),
    # a business named British style by what it does
    ("Engineers from consultants Halwell Marine say the section will be rebuilt by May. New "
     "concrete will be faced with matching stone, the firm added.", "Halwell Marine"),
])
def test_speakers_of_sets_69_and_70(body, speaker):
    claims = extract_claims(body)
    assert claims[-1].speaker == speaker
    assert {c.speaker for c in claims if c.speaker} - {"Ngozi Adeyemi-Okafor"} == {speaker}


_SPEAKERS_OF_SET_71 = [
    # a body described before its name
    ("Chile's grid operator, the Coordinador Eléctrico Nacional, curtailed 2.1 TWh of output "
     "last year, the operator said on Tuesday. Shares in Santiago-listed generator Energía "
     "Pacífico fell 1.8%. In its annual report, the operator said the line would be late.",
     "Coordinador Eléctrico Nacional"),
    # a club whose name reads like a person's, said to be a club
    ("TuS Nordhessen Kassel, the second-division football club that was playing in the fourth "
     "tier in 2019, has agreed to rename its stadium, the club said on Thursday. The insurer "
     "will pay €4.5mn a year, according to a statement from the club.", "TuS Nordhessen Kassel"),
    # a name with a list in it
    ("Ireland's tillage area fell by 6% last year, according to figures published by the "
     "Department of Agriculture, Food and the Marine on Monday. In a statement, the department "
     "said the scheme had supported 6,200 farmers.",
     "Department of Agriculture, Food and the Marine"),
    # researchers at a body speak for it; so do analysts at "the firm"
    ("A review published last year by researchers at the Atlantic Health Policy Institute found "
     "that pharmacists could handle 40% of visits.", "Atlantic Health Policy Institute"),
    ("In August, Brenford Ratings lowered Meridian Valley's credit rating one notch to BBB-, "
     "saying weak cash flow left little room for error. Analysts at the firm said the system "
     "had about 118 days of cash on hand.", "Brenford Ratings"),
    # a document with an adjective; a finding without "that"
    ("The cost has more than doubled to $8.1 billion, a scathing report by the Victorian "
     "Auditor-General's Office has found. The audit, tabled in state parliament on Wednesday, "
     "found the department approved the project without a business case. It also found the "
     "department could not show how it would deliver a 32-minute journey.",
     "Victorian Auditor-General's Office"),
]


def test_a_clause_after_a_persons_post_is_hers_not_the_bodys():
    (claim,) = extract_claims(
        "Priya Doshi, chair of the Wessenden Traders' Association, who runs a card shop on "
        "Market Street, said several businesses had seen footfall drop.")
    assert (claim.speaker, claim.speaker_role) == (
        "Priya Doshi", "chair of the Wessenden Traders' Association")


@pytest.mark.parametrize("sentence", [
    "Mthembu, wearing a grey suit, showed no emotion as the sentence was read.",
    "Under the new rules, a licence will only be issued if the exporter can show the timber "
    "was first offered for sale to Latvian processors for at least 30 days.",
])
def test_a_clause_after_show_is_no_finding_here(sentence):
    (claim,) = extract_claims(sentence)
    assert claim.speaker is None


_SPEAKERS_OF_SETS_72_AND_73 = [
    # a tabloid's verbs
    ("Campaigner Janet Hollins, 67, who has lived in Redcliffe for 40 years, blasted the "
     "decision.", "Janet Hollins"),
    ("ShopWise's head of campaigns Rachel Dunmore fumed: \"This is a con, plain and simple.\"",
     "Rachel Dunmore"),
    # a title of initials; a post's one-word field before a name of three
    ("CTO Arjun Menon said a bug had caused it. Menon said a fix was out.", "Arjun Menon"),
    ("Secretary of State for Infrastructure Helena Brás Moreira told parliament the cap would "
     "stay.", "Helena Brás Moreira"),
    # a probe's findings; a body's bulletin, register and decision document
    ("A probe by consumer group ShopWise found 312 products had shrunk. Some had shrunk by a "
     "fifth, the group said.", "ShopWise"),
    ("According to the International Cocoa Council's latest quarterly bulletin, grindings fell "
     "4%.", "International Cocoa Council"),
    # "forecast in its report that": the verb
    ("The state-run Chilean Copper Observatory forecast in its quarterly report that prices "
     "would rise.", "Chilean Copper Observatory"),
    # the body that opens a sentence citing a report nobody is said to have made
    ("The Independent Integrity Unit (IIU) has found credible evidence that votes were traded, "
     "according to a report seen by Sport Governance Weekly. The 68-page report, dated 3 "
     "March, says nine federations were paid.", "Independent Integrity Unit"),
    # a person named after her country
    ("The complaint was lodged by Argentina's Lucía Benavídez. Benavídez told reporters the "
     "vote was bought.", "Lucía Benavídez"),
    ("The Carabineros police force said it supported the plan. It added that the force had "
     "opened 14 investigations.", "Carabineros"),
    ("A survey by pollster Criteria Sur published in January found that 74% back cameras.",
     "Criteria Sur"),
    ("Several parents who spoke during the comment period said they were worried.",
     "several parents"),
]


_SPEAKERS_OF_SET_71_SECOND_ROUND = [
    # a body's name with a Spanish place in it
    ("The Costa del Sol Holiday Let Owners' Association (AVCS) said in a statement that the "
     "freeze was unfair.", "Costa del Sol Holiday Let Owners' Association"),
    # a warehouse operator is a business
    ("The warehouse is operated by NordCart Fulfilment. NordCart said its wages were "
     "competitive. The company said it had offered a 7% rise.", "NordCart Fulfilment"),
    # a town hall's decree, published in the official bulletin (where, not who)
    ("The freeze covers 14 districts, according to the decree published by Alhaurín del Mar "
     "town hall in the provincial official bulletin (BOP) on Friday. Licences cannot be "
     "transferred, the decree states.", "Alhaurín del Mar town hall"),
    ("Romania's National Energy Pricing Authority (ANPE) has approved an 18% increase, "
     "according to an order published in the Official Gazette on Monday.",
     "National Energy Pricing Authority"),
]


_SPEAKERS_OF_SETS_74_TO_76 = [
    # a document's owner before a possessive, and a force's figures an outlet obtained
    ("Brightway's latest annual report shows a loss of R90 million for the year.", "Brightway"),
    ("Police Scotland figures obtained by the Herald under freedom of information laws show "
     "reported thefts rose by 12 per cent last year.", "Police Scotland"),
    # people of a trade where they are, not the place
    ("Cocoa farmers in the Western Region have accused buyers of underpaying them.",
     "cocoa farmers in the Western Region"),
    # a guild is a body (not "Guild", a Midland Newspaper)
    ("The Midland Newspaper Guild, which represents 300 journalists, said it would appeal.",
     "Midland Newspaper Guild"),
    # an age in brackets after a name, Irish style; a senior counsel's letters
    ("Retired nurse Mairéad Byrne (71), from Ennis, said she waited nine hours.",
     "Mairéad Byrne"),
    ("Advocate Lindiwe Dube SC, for the residents, told the court the plant was unsafe.",
     "Lindiwe Dube"),
    # a country's possessive before a public body's name is the article's, not the name's
    ("Kenya's Energy and Petroleum Regulatory Authority said fuel prices would rise.",
     "Energy and Petroleum Regulatory Authority"),
    # an unnamed trade by its plural
    ("Premiums will rise again next year, brokers warned.", "brokers"),
    # "HM" before a department named again without it
    ("HM Treasury is reviewing the scheme. A Treasury spokesperson said it was working with "
     "insurers.", "HM Treasury"),
    # a chain and a plant are a business's
    ("Grocery chain FreshMart will close 12 stores by June, the company said.", "FreshMart"),
    ("Workers at Kestrel Motor Components India's plant in Hosur walked out on Monday. The "
     "company said it respected their right to protest.", "Kestrel Motor Components India"),
    # a name with a list in it, ending "and the ..."
    ("The Ministry of Tourism, Culture and the Arts said visitor numbers rose 8%.",
     "Ministry of Tourism, Culture and the Arts"),
    # an accented word inside a business's name
    ("Brazilian carrier AeroVia Linhas Aéreas filed for bankruptcy protection on Monday, the "
     "company said.", "AeroVia Linhas Aéreas"),
    # a planner's title, and her surname later
    ("The project needs 10 parking spaces, according to City Planner Rosa Delgado. Delgado "
     "said a permit was also needed.", "Rosa Delgado"),
    # a police force named without "force"
    ("Police Scotland is closing 12 counters. The force says they are little used.",
     "Police Scotland"),
]


@pytest.mark.parametrize("sentence", [
    # what someone is due, told or ordered to report is no report
    "The company is due to report full-year results in August.",
    "Members of the public will be told to report crimes online.",
    # a document, not a verb
    "The council must file a progress report with the court every month.",
])
def test_an_infinitive_or_a_document_is_no_attribution(sentence):
    assert [c.speaker for c in extract_claims(sentence)] == [None]


def test_a_place_of_two_words_opening_the_body_is_a_dateline():
    claims = extract_claims("KOTA KINABALU: More than 40 fishermen were rescued on Sunday, "
                            "marine police said.")
    assert [(c.text[:9], c.speaker) for c in claims] == [("More than", "marine police")]
    # (but not a transcript's speaker, nor the same later in an article)
    assert extract_claims("ALEXANDER HOLST: We lost 1.2 billion dollars in 2023.")[0].text[:8] \
        == "ALEXANDE"
    assert extract_claims("The interview aired on Sunday.\n\nDAVID REESE: Mayor Cho, thanks "
                          "for being here.")[-1].text[:5] == "DAVID"


def test_a_clause_after_according_to_a_document_is_not_a_name():
    # "According to X's report, it incurred R1.1 billion": the report's maker, not "it
    # incurred R1"
    claims = extract_claims("According to the Auditor-General's latest report on the council, "
                            "it spent R2.1 billion without approval.")
    assert claims[0].speaker == "the Auditor-General"


def test_a_label_before_a_sentence_is_no_body():
    body = ("Coastline Media Group owns 12 papers.\n\nBy the numbers: Coastline's print "
            "circulation has fallen by half since 2015, its most recent audit filing shows.")
    assert extract_claims(body)[-1].speaker == "Coastline Media Group"


_SPEAKERS_OF_SETS_77_TO_79 = [
    # Kenya's Cabinet Secretary by initials; a superintendent's abbreviated rank
    ('Education Cabinet Secretary Jeremiah Langat spoke in Eldoret. "No child should be sent '
     'home," the CS said.', "Jeremiah Langat"),
    ("Jail warden Supt. Romeo Cabahug acknowledged that the jail was overcrowded.",
     "Romeo Cabahug"),
    # "indicated that", also after a time; "points out that"
    ("Rafał Gawroński, the regulator's head, indicated that prices would rise.", "Rafał Gawroński"),
    ("Chair Mehmet Yılmaz points out that rents for most of the homes are capped.",
     "Mehmet Yılmaz"),
    ("The NSW Independent Flood Inquiry found in 2022 that many residents ignored warnings.",
     "NSW Independent Flood Inquiry"),
    # an Irish county is a place, never who speaks next
    ("On his farm near Mitchelstown, Co Cork, Declan Fitzgerald milks 190 cows.\n\n"
     "“I’d have to get rid of 40 cows,” he said.", "Declan Fitzgerald"),
    # a body's own document, after "the company's"
    ("Radom Armour Group builds armoured vehicles. The company's 2024 annual report shows "
     "an order backlog of PLN 14.2 billion.", "Radom Armour Group"),
    # a local broadcaster is no person "she" could be
    ("Luciana Bertolucci is running again. In a debate on local broadcaster Rede Sul, she said "
     "the city had invested R$1.2 billion.", "Luciana Bertolucci"),
    # initials that say the words before a comma are the name's too
    ("Typhoon Dindo intensified on Monday, the Philippine Atmospheric, Geophysical and "
     "Astronomical Services Administration (PAGASA) said.",
     "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
    # one person, unnamed, who asked not to be named
    ("A former Albufera team-mate, who asked not to be named, said the dressing room knew.",
     "a former Albufera team-mate"),
    ("A senior MP from the largest party, who asked not to be named because the talks were "
     "private, said the bill would pass.", "a senior MP from the largest party"),
    # a business's short name, after its full one
    ("Hanazono Biotherapeutics said its therapy met the trial's goal. Hanazono shares jumped 27%. "
     "Two patients had serious adverse events, the company said.", "Hanazono Biotherapeutics"),
    # a body in a place; both of two groups
    ("A study by the Institute of Environmental Medicine in Sosnowiec estimated that smog causes "
     "4,000 deaths a year.", "Institute of Environmental Medicine"),
    ("Shortages have forced clinics in four Indian states to ration supplies, doctors and health "
     "officials said.", "doctors and health officials"),
    # a registry by its name, and then as "the registry"
    ("Rents rose 4%, figures from the Kadaster land registry show. Most homes were bought by "
     "owners, according to the registry's analysis.", "Kadaster"),
    # counsel named between commas; a senior advocate's letters
    ("But counsel to the defendant, Chief Adebayo Ogunleye, SAN, asked for more time, arguing "
     "that the documents were new.", "Adebayo Ogunleye"),
    ("Counsel for Mr Lemalu, Rachel Tupou of Auckland firm Whitfield Tupou, said the decision "
     "mattered.", "Rachel Tupou"),
    # an Indonesian company's form; the company's spokesman
    ("PT Riau Serat Lestari said it had reported the death. The company said it kept a wildlife "
     "corridor.", "PT Riau Serat Lestari"),
    ("Sarvodaya Pharmaceuticals said production had resumed. The company expects to deliver 1.2 "
     "million tablets, a spokesman said.", "Sarvodaya Pharmaceuticals"),
    # a study's authors are its publisher's; an unnamed official named again
    ("A study published in March by the Center for Wetland Climate Research found that the "
     "wetland shrank by 61%. The authors warned that fires could turn it into savanna.",
     "Center for Wetland Climate Research"),
    ("A senior Department of Agriculture official, speaking privately, said a partial renewal was "
     "likely. “Nobody is talking about a clean renewal,” the official said.",
     "a senior Department of Agriculture official"),
]


@pytest.mark.parametrize("body", [
    # no claim: a request for anonymity
    "A deal is close, two people familiar with the talks said. They asked not to be named "
    "because the talks are private.",
    # a noun, not "states"; a deal described, not announced
    "Recovery from the floods, which forced thousands of people from their homes across Rio "
    "Grande do Sul state, has been at the center of the campaign.",
    "Japan will supply the Philippines with five patrol vessels and a chain of coastal radars "
    "under a ¥60 billion package agreed in Tokyo yesterday, in a sign of its willingness to "
    "use aid.",
])
def test_no_speaker_in_these(body):
    assert extract_claims(body)[-1].speaker is None


def test_the_minister_of_a_lede_is_named_in_the_next_sentence():
    body = ("The Minister for Finance has said the credits will end.\n\nCiarán Mulvihill told TDs "
            "the money would go to housing.")
    assert [c.speaker for c in extract_claims(body)] == ["Ciarán Mulvihill"] * 2


def test_evaluation_does_not_list_the_misses_of_held_out_sets():
    from eval.speakers import HELD_OUT, LABELLED_SETS, _labelled_set, score_labelled

    text = "\n".join(_labelled_set())
    for directory, _, _ in LABELLED_SETS:
        if directory.name in HELD_OUT:
            wrong = score_labelled(directory)["wrong"]
            assert f"--misses {directory.name}" in text
            assert not any(w in text for w in wrong)


# Each round of fixes from blind labelled sets: the sentence, or the article up to it, and who
# said its last claim (no other claim of it has another speaker).
@pytest.mark.parametrize("body,speaker", [
    *_MORE_SPEAKERS_OF_SETS_49_50_AND_52,
    *_SPEAKERS_OF_SETS_51_53_AND_54,
    *_SPEAKERS_OF_SETS_55_AND_56,
    *_SPEAKERS_OF_SETS_57_AND_58,
    *_DOCUMENTS_ARE_THEIR_MAKERS_WORDS,
    *_SPEAKERS_OF_SETS_59_TO_63,
    *_A_POST_BEFORE_A_NAME_BETWEEN_COMMAS,
    *_MORE_SPEAKERS_OF_SETS_59_TO_63,
    *_SPEAKERS_OF_SETS_59_TO_63_AND_66,
    *_SPEAKERS_OF_SETS_67_AND_68,
    *_SPEAKERS_OF_SET_71,
    *_SPEAKERS_OF_SETS_72_AND_73,
    *_SPEAKERS_OF_SET_71_SECOND_ROUND,
    *_SPEAKERS_OF_SETS_74_TO_76,
    *_SPEAKERS_OF_SETS_77_TO_79,
])
def test_speaker_of_each_rounds_articles(body, speaker):
    claims = extract_claims(body)
    assert claims[-1].speaker == speaker
    assert {c.speaker for c in claims if c.speaker} == {speaker}


# Acts that say something are their doer's word, as labellers record them: a reason cited for
# what a body or person did, a finding identified, advice, a threat, an expectation, a
# projection, recommendations made, a warning issued, a person's demand, and (after a pronoun,
# so after someone already quoted) an order. Each body's last claim is the speaker's.
_ACTS_THAT_SAY_SOMETHING = [
    # "..., citing ...", a figure too
    ("The Fisheries Directorate on Monday cut the hake quota by 12 per cent, citing weak "
     "spawning stocks.", "Fisheries Directorate"),
    ("Justice Mariam Osei adjourned the hearing to Friday. She also barred cameras from the "
     "courtroom, citing security concerns.", "Mariam Osei"),
    ("Kestrel Ratings placed the insurer's rating on review for downgrade, citing more than "
     "$400 million in storm claims.", "Kestrel Ratings"),
    # a finding identified, a reason cited, advice given
    ("The Harwell Maternity Inquiry said on Tuesday that care had failed families for a "
     "decade. It identified 31 cases in which mothers or babies were harmed.",
     "Harwell Maternity Inquiry"),
    ("Nordvik Energy said its second reactor would stay shut until June. The company cited "
     "faulty welds in the primary cooling circuit.", "Nordvik Energy"),
    ("Mortgage adviser Tom Hale said rates would rise again. He advised borrowers not to panic "
     "and to shop around.", "Tom Hale"),
    # a threat, an expectation, a projection
    ("The Port Workers' Union has threatened to strike next month if its pay claim is "
     "rejected.", "Port Workers' Union"),
    ("The Ministry of Tourism will charge foreign visitors a fee of 300 baht. The ministry "
     "expects to collect around 9 billion baht in the first year.", "Ministry of Tourism"),
    ("The Cocoa Marketing Board projects output of 650,000 tonnes for the new season.",
     "Cocoa Marketing Board"),
    # recommendations made (by a body named in full before, "into" and all), a warning issued
    ("The Royal Commission into the Marrick Flood handed its report to the Governor on Friday. "
     "In the report, the commission made 44 recommendations, including a single warnings "
     "agency.", "Royal Commission into the Marrick Flood"),
    ("The Bureau of Meteorology has issued a severe heatwave warning for the western "
     "districts.", "Bureau of Meteorology"),
    # "..., blaming ...", a demand or a plea in the progressive, a reminder, a signal, a
    # label put on something, a rejection, a citation, an analyst's call, counsel's case
    ("Redgum Lithium will close its Wandoo Bay refinery next month, blaming a collapse in "
     "prices.", "Redgum Lithium"),
    ("The Ridgeway Tenants' Union is urging members to withhold rent until repairs are made.",
     "Ridgeway Tenants' Union"),
    ("The Depositors' Solidarity Movement is demanding that the government set up a "
     "compensation fund.", "Depositors' Solidarity Movement"),
    ("The Singapore Civil Defence Force reminded members of the public not to leave devices "
     "charging overnight.", "Singapore Civil Defence Force"),
    ("The Energy Regulatory Office has signalled that it will not approve the new tariffs.",
     "Energy Regulatory Office"),
    ('Labour MSP Craig Munro branded the closures "a betrayal of working-class communities".',
     "Craig Munro"),
    ("Ranchers reject the accusation.", "Ranchers"),
    ("The Office of Rail Regulation cites three failures of signalling in its report.",
     "Office of Rail Regulation"),
    ('Seri Murni Investment Bank maintained its "overweight" call on the sector.',
     "Seri Murni Investment Bank"),
    ("Conor Lalor, senior counsel for the family, put it to her that the aisle should have "
     "been closed.", "Conor Lalor"),
    ("Senator Kanybek Sydykov said the mining deals were unfair. He proposed reviewing all of "
     "them.", "Kanybek Sydykov"),
    # a reason after a comma inside the closing quote
    ('Hollins Foods withdrew its "Crispy Bites," citing a labelling error.', "Hollins Foods"),
    # what a document made by a body found
    ("A survey by the Harbour Freight Forum last year counted an average of 1,200 lorries "
     "parked overnight in lay-bys.", "Harbour Freight Forum"),
    ("A 2023 report by the Lagoon Research Unit linked the die-off to a long spell of high "
     "water temperatures.", "Lagoon Research Unit"),
    ("An audit by the Cooperatives Regulatory Authority has uncovered irregularities worth "
     "more than Frw214 million.", "Cooperatives Regulatory Authority"),
    # a person's demand; an order after a ruling, by whoever "she" is
    ("Opposition leader Sunil Rao said the count was flawed. He demanded a repoll at the "
     "booth.", "Sunil Rao"),
    ("Justice Akosua Mensah ruled that the mining licence was void. She ordered the company to "
     "halt all operations within 30 days.", "Akosua Mensah"),
]

# The same verbs in the article's own account: no speaker.
_ACTS_OF_THE_ARTICLES_OWN = [
    "Three hospitals cited by inspectors last year have since closed wards.",
    "A rise in council tax is planned, adding about 92 pounds a year to the average bill.",
    # an order named in a news lead; a purchase
    "Chiang Rai governor Prasert Wongwiset has ordered the caterer to suspend operations "
    "pending an investigation.",
    "Straits Ocean Lines has ordered eight methanol-capable boxships from a Chinese yard.",
    # a threat no one made; the noun "projects"; a group's demand; an adviser's work
    "Wheat futures rose on Tuesday as a deepening drought across the Harlan Plains threatened "
    "to cut yields.",
    "The bill would allow the ministry to approve large residential projects without going "
    "through local planning committees.",
    "Farm groups had demanded an extension of the diesel subsidy.",
    "The envoy advised the Kremlin aide on how to present a peace plan.",
    # an order issued, a regulator's warning letter
    "The Kestrel Valley Regional District issued the evacuation order at 6:10 p.m. Saturday.",
    "The FDA issued a warning letter to the plant in May.",
    # a crowd's demand; a signal in the article's account of a market; a noun's adjective; a
    # residents' campaign
    "Hundreds of candidates gathered outside the board's office on Monday, demanding that the "
    "exam be held within a month.",
    "Government bond prices rose sharply on Tuesday after the central bank signalled that its "
    "run of rate rises was over.",
    "The shop sells branded products at a discount.",
    "The proposed merger would create the largest bank in the region.",
    "Villagers have vowed to fight plans for a lorry park on farmland outside the town.",
    # a count that is no document's finding; how a study was made
    "Officials counted 4,000 ballots by hand on Sunday.",
    "The study, published on Wednesday, tracked admissions for heatstroke across 40 hospitals.",
    # "expected to": what is expected of a thing, not a forecast
    "The new bridge is expected to open in 2027.",
]


@pytest.mark.parametrize("body,speaker", _ACTS_THAT_SAY_SOMETHING)
def test_an_act_that_says_something_is_its_doers_word(body, speaker):
    assert extract_claims(body)[-1].speaker == speaker


@pytest.mark.parametrize("body", _ACTS_OF_THE_ARTICLES_OWN)
def test_an_act_in_the_articles_own_account_has_no_speaker(body):
    assert extract_claims(body)[-1].speaker is None
