//! Alias merging: mentions of the same thing grouped into one entity.
//!
//! The rules are the ones a reader applies: the same name in any case ("VIENNA", "Vienna"), a
//! country's short forms ("U.S." = "United States"), a surname or first name after the full
//! name ("Kerry" = "John Kerry", resolved to the most recently mentioned such person who was not
//! introduced as a relative, "his daughter, Thandi Dube"), a
//! company's first word after its full name, whatever type the name model gave it ("Orchid" =
//! "Orchid Devices", when no person of that name came before), and an
//! acronym for a long name whose initials it spells ("ISSG" = "International Syria Support
//! Group"), preferring the long name that the text itself defines as "(ISSG)". Each entity's
//! canonical name is its fullest mention.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::entities::Mention;
use crate::lexicon;
use crate::{Entity, EntityType, Span};

struct Group {
    kind: EntityType,
    mentions: Vec<Span>,
    /// Lower-case words of the fullest mention, for surname matching.
    words: Vec<String>,
    /// Initials of the fullest mention's capitalized words ("ICPDR").
    initials: String,
}

/// Groups mentions (sorted by position) into entities ordered by first mention.
pub(crate) fn group(text: &str, mentions: Vec<Mention>) -> Vec<Entity> {
    let mut groups: Vec<Group> = Vec::new();
    let surnames = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .filter_map(|m| {
            let mut words = m.span.text(text).split_whitespace();
            let last = words.next_back()?;
            words.next().map(|_| last.to_lowercase())
        })
        .collect();
    let mut index = Index { headline_end: text.find('\n').unwrap_or(0), surnames, ..Index::default() };
    let mut by_key: HashMap<(String, Family), usize> = HashMap::new();
    // Ships by their bare name ("hrossey" → the group of "MV Hrossey").
    let mut ships: HashMap<String, usize> = HashMap::new();
    for m in mentions {
        let surface = normalize(m.span.text(text));
        let key = (match_key(&surface, m.kind), family(m.kind));
        // A ship's name without its prefix: "the Hrossey" after "the MV Hrossey" (the entity
        // step typed the ship; the model may take the bare name for anything).
        let ship = || (!surface.contains(' ')).then(|| ships.get(&surface.to_lowercase()).copied()).flatten();
        let found = by_key.get(&key).copied().or_else(ship).or_else(|| link(text, &groups, &index, &surface, m));
        let g = match found {
            Some(g) => {
                let group = &mut groups[g];
                // A headline's organization or place gives way to the body's first: "Lyon to
                // plant trees along the Rhone" reads like a club's news, "The city council of
                // Lyon" does not. (Only those two: a person's or a thing's type in the body is
                // as often the model's slip, "Halvorsen" for "Halvorsen Technik AG".)
                let headline = |span: Span| span.end <= index.headline_end;
                let place_or_org = |kind: EntityType| matches!(kind, EntityType::Org | EntityType::Loc);
                if group.mentions.iter().all(|&s| headline(s))
                    && !headline(m.span)
                    && place_or_org(m.kind)
                    && place_or_org(group.kind)
                {
                    group.kind = m.kind;
                }
                group.mentions.push(m.span);
                // A fuller mention that arrives later ("Kerry" first, "John Kerry" after)
                // becomes the group's reference for later surname matches.
                if surface.split(' ').count() > group.words.len() {
                    // A headline's one word the model took for a person, named in full as a
                    // company: the company.
                    if group.kind == EntityType::Person && m.kind == EntityType::Org {
                        group.kind = EntityType::Org;
                    }
                    group.words = words(&surface);
                    group.initials = initials(&surface);
                    index.add_name(g, group);
                }
                by_key.insert(key, g);
                g
            }
            None => {
                let parts = words(&surface);
                if m.kind == EntityType::Misc && parts.len() == 2 {
                    let prefix = parts[0].to_uppercase();
                    if crate::entities::SHIP_PREFIXES.contains(&prefix.as_str()) {
                        ships.insert(parts[1].clone(), groups.len());
                    }
                }
                let g = groups.len();
                by_key.insert(key, g);
                groups.push(Group { kind: m.kind, mentions: vec![m.span], words: parts, initials: initials(&surface) });
                index.add_name(g, &groups[g]);
                g
            }
        };
        index.add_mention(text, g, m.span);
    }
    // An acronym used before the name it stands for is defined ("JAXA Signs Deal …" in the
    // headline, then "the Japan Aerospace Exploration Agency (JAXA)"): the defined name's.
    let mut merged = false;
    for g in 0..groups.len() {
        let [word] = groups[g].words.as_slice() else { continue };
        let surface = normalize(groups[g].mentions[0].text(text));
        if !is_acronym(&surface) || word.to_uppercase() != surface.to_uppercase() {
            continue;
        }
        let letters: String = surface.chars().filter(|c| *c != '.').collect();
        let long = index
            .defined(&letters)
            .iter()
            .copied()
            .find(|&l| l != g && groups[l].words.len() > 1 && defines(&groups[l], &letters));
        if let Some(l) = long {
            let spans = std::mem::take(&mut groups[g].mentions);
            groups[l].mentions.extend(spans);
            groups[l].mentions.sort_by_key(|s| (s.start, s.end));
            merged = true;
        }
    }
    if merged {
        groups.retain(|g| !g.mentions.is_empty());
        groups.sort_by_key(|g| g.mentions[0].start);
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(id, g)| Entity { id, name: canonical_name(text, &g.mentions), kind: g.kind, mentions: g.mentions })
        .collect()
}

/// Where `link` looks for a mention's group. Each rule there asks for a group with a given word
/// in its name, given initials, a given parenthesis after one of its mentions ("(ISSG)") or a
/// mention right before "known as"; the groups listed under that key are all that can answer, so
/// the answer is the one a scan of every group would give, in time linear in the text. (The scan
/// per new name was quadratic: 1 MB of distinct names took 8 s.)
#[derive(Default)]
struct Index {
    /// Groups by each lower-case word their fullest mention has had (a group whose name grew is
    /// also listed under its old words: every rule checks the group itself too).
    words: HashMap<String, Vec<usize>>,
    /// Groups named by one word, by that word (a group whose name grew stays listed).
    alone: HashMap<String, Vec<usize>>,
    /// Groups by each set of initials their fullest mention has had.
    initials: HashMap<String, Vec<usize>>,
    /// Groups by the text of a parenthesis right after one of their mentions: "(ISSG)", "(Aslef)".
    defined: HashMap<String, Vec<usize>>,
    /// The groups of the last few mentions, for a name right after "known as".
    recent: VecDeque<usize>,
    /// Where the first line ends, when there are more (a headline); 0 for a text of one line.
    headline_end: usize,
    /// Last words, in lower case, of every person named in two words or more.
    surnames: HashSet<String>,
}

impl Index {
    /// Lists a group under the words and initials of its (new) fullest name.
    fn add_name(&mut self, g: usize, group: &Group) {
        for word in &group.words {
            push_once(self.words.entry(word.clone()).or_default(), g);
        }
        push_once(self.initials.entry(group.initials.clone()).or_default(), g);
        if let [word] = group.words.as_slice() {
            push_once(self.alone.entry(word.clone()).or_default(), g);
        }
    }

    fn add_mention(&mut self, text: &str, g: usize, span: Span) {
        // A name defined in parentheses right after it: "(ISSG)", "(Aslef)". A parenthesis
        // longer than the bound holds no acronym or short name.
        let rest = text[span.end..].trim_start();
        if let Some(inside) = rest.strip_prefix('(') {
            let near = &inside[..crate::floor_char_boundary(inside, 64)];
            if let Some(end) = near.find(')') {
                push_once(self.defined.entry(near[..end].to_string()).or_default(), g);
            }
        }
        if self.recent.len() == 4 {
            self.recent.pop_front();
        }
        self.recent.push_back(g);
    }

    /// Whether every mention of the group so far stands in the headline.
    fn in_headline(&self, g: &Group) -> bool {
        g.mentions.last().is_some_and(|s| s.end <= self.headline_end)
    }

    fn word(&self, word: &str) -> &[usize] {
        self.words.get(word).map_or(&[], Vec::as_slice)
    }

    fn alone(&self, word: &str) -> &[usize] {
        self.alone.get(word).map_or(&[], Vec::as_slice)
    }

    fn initials(&self, initials: &str) -> &[usize] {
        self.initials.get(initials).map_or(&[], Vec::as_slice)
    }

    fn defined(&self, name: &str) -> &[usize] {
        self.defined.get(name).map_or(&[], Vec::as_slice)
    }
}

/// Adds `g` to a list unless it was the last added (a repeat left in is only a second look).
fn push_once(list: &mut Vec<usize>, g: usize) {
    if list.last() != Some(&g) {
        list.push(g);
    }
}

/// Types that may name the same thing: a name typed ORG in one place and MISC in another can
/// still be merged, but never with an amount of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Family {
    Name,
    Money,
    Percent,
}

fn family(kind: EntityType) -> Family {
    match kind {
        EntityType::Money => Family::Money,
        EntityType::Percent => Family::Percent,
        _ => Family::Name,
    }
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key under which exact aliases meet: case-folded, with country short forms mapped to
/// their full name.
fn match_key(surface: &str, kind: EntityType) -> String {
    if matches!(kind, EntityType::Loc | EntityType::Org | EntityType::Misc) {
        if let Some(canonical) = lexicon::country_canonical(surface) {
            return canonical.to_lowercase();
        }
    }
    surface.to_lowercase()
}

fn words(surface: &str) -> Vec<String> {
    surface.split(' ').map(str::to_lowercase).collect()
}

fn initials(surface: &str) -> String {
    surface.split([' ', '-']).filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
}

/// Whether a group that a parenthesis of `letters` follows is what the acronym stands for. A
/// place's acronym spells its initials ("United Arab Emirates (UAE)"); one that does not is a
/// dateline's news agency ("NEW YORK (AP)").
fn defines(g: &Group, letters: &str) -> bool {
    g.kind != EntityType::Loc || letters.chars().all(|c| g.initials.contains(c))
}

fn is_acronym(s: &str) -> bool {
    let letters: String = s.chars().filter(|c| *c != '.').collect();
    (2..=8).contains(&letters.chars().count()) && letters.chars().all(|c| c.is_uppercase())
}

/// Finds the group a mention that has no exact alias belongs to, if any.
fn link(text: &str, groups: &[Group], index: &Index, surface: &str, m: Mention) -> Option<usize> {
    if family(m.kind) != Family::Name {
        return None;
    }
    let parts = words(surface);
    // An acronym written as a word, defined in parentheses after the name it spells:
    // "the Associated Society of Locomotive Engineers and Firemen (Aslef)", whatever type the
    // name model gave the short form.
    if parts.len() == 1 && !is_acronym(surface) && surface.chars().count() >= 3 {
        let letters = surface.to_uppercase();
        // (Small words may give a letter: "the Department of Health (DoH)".)
        let spelled = |g: &Group| {
            g.initials == letters
                || g.mentions.iter().any(|s| {
                    let words: Vec<&str> = s.text(text).split_whitespace().collect();
                    crate::entities::spells(&words, letters.as_bytes())
                })
        };
        let defined = most_recent(groups, index.defined(surface), |g| g.words.len() > 1 && spelled(g));
        if defined.is_some() {
            return defined;
        }
    }
    // A name the text gives another by: "the International Chess Federation, known as FIDE".
    // Asked only where the text before reads "known as", of the last few mentions' groups (the
    // name is one of them); later mentions find the group by their key.
    let before = text[crate::floor_char_boundary(text, m.span.start.saturating_sub(40))..m.span.start].trim_end();
    // Or "known by its Spanish acronym AEMET", "known by the initials CNDH".
    let by_acronym = (before.ends_with(" acronym") || before.ends_with(" initials")) && before.contains("known by ");
    if before.ends_with("known as") || by_acronym {
        let known = most_recent(groups, &index.recent, |g| {
            g.mentions.iter().rev().take(4).any(|s| known_as(text, *s, surface))
        });
        if known.is_some() {
            return known;
        }
    }
    if m.kind == EntityType::Person && parts.len() == 1 {
        // Surname (or first name) of a person named in full: the most recently mentioned one.
        let named = |g: &Group| g.kind == EntityType::Person && g.words.len() > 1 && g.words.contains(&parts[0]);
        // A relative introduced as such ("His daughter, Thandi Dube, said …") is named in full
        // again in news writing; the surname alone is the person the story is about.
        let same_word = index.word(&parts[0]);
        let person = most_recent(groups, same_word, |g| named(g) && !introduced_as_kin(text, g))
            .or_else(|| most_recent(groups, same_word, named));
        // Else a company's short name the name model took for a person ("Analysts expect
        // Orchid to sell …" after "Orchid Devices"). The company also when the "person" has no
        // known given name and the company was named after it: "Chipmaker Lumora" in a
        // headline, then "Lumora Semiconductor said …", then "Lumora's revenue" (but "Lena
        // Ford … Ford Motor … Ford said" is Lena Ford).
        let company = short_org_name(groups, index, &parts[0]);
        let last = |g: usize| groups[g].mentions.last().map(|s| s.start);
        let given_name = |g: usize| {
            groups[g].mentions.iter().any(|s| s.text(text).split(' ').next().is_some_and(crate::ner::is_given_name))
        };
        // Or a club's short name the model took for a person ("Town's equaliser came late"
        // after "Ashby Town").
        let club = || {
            let org = |g: &Group| g.kind == EntityType::Org && g.words.len() > 1 && g.words.last() == Some(&parts[0]);
            lexicon::contains(TEAM_WORDS, surface).then(|| most_recent(groups, same_word, org)).flatten()
        };
        return match (person, company) {
            (Some(p), Some(c)) if !given_name(p) && last(c) > last(p) => Some(c),
            (person, company) => person.or(company).or_else(club),
        };
    }
    if m.kind == EntityType::Person && parts.len() > 1 {
        // A surname of several words after the full name ("De Vries" after "Lotte de Vries",
        // "Gahr Støre" after "Jonas Gahr Støre"); words compare in lower case.
        let last = parts.last().unwrap();
        let fuller = most_recent(groups, index.word(last), |g| {
            g.kind == EntityType::Person && g.words.len() > parts.len() && g.words.ends_with(&parts)
        });
        if fuller.is_some() {
            return fuller;
        }
        // The full name after the surname alone ("Kerry" … "John Kerry"), or after a headline's
        // middle name ("Kiprotich breaks course record", then "Daniel Kiprotich Lemaiyan").
        let surname = most_recent(groups, index.alone(last), |g| {
            g.kind == EntityType::Person && g.words.len() == 1 && &g.words[0] == last
        });
        let middle = || {
            let inner = parts.get(1..parts.len() - 1).unwrap_or(&[]);
            inner.iter().find_map(|word| {
                most_recent(groups, index.alone(word), |g| {
                    g.kind == EntityType::Person && g.words.len() == 1 && &g.words[0] == word && index.in_headline(g)
                })
            })
        };
        return surname.or_else(middle);
    }
    // A hyphenated surname alone the model took for a company ("Forde-Kaur was unconvinced"
    // after "Nadia Forde-Kaur"): a company's name would not also be a person's surname.
    if matches!(m.kind, EntityType::Org | EntityType::Misc) && parts.len() == 1 && surface.contains('-') {
        let person = most_recent(groups, index.word(&parts[0]), |g| {
            g.kind == EntityType::Person && g.words.len() > 1 && g.words.last() == Some(&parts[0])
        });
        if person.is_some() {
            return person;
        }
    }
    // A person's surname the model took for a place or a company, where no preposition or
    // article makes it one: "Albany, a farmer, said" and "Durham said" after "Victor Albany" and
    // "Kingsley Durham" (not "flew to Albany", "the Durham office").
    let surname_of_person = || {
        let before = text[..m.span.start].trim_end();
        let word_before = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        let placed = matches!(
            word_before.as_str(),
            "in" | "at"
                | "from"
                | "to"
                | "near"
                | "into"
                | "across"
                | "around"
                | "outside"
                | "inside"
                | "via"
                | "through"
                | "towards"
                | "toward"
                | "of"
                | "the"
                | "for"
                | "on"
                | "by"
                | "between"
                | "and"
                | "or"
        );
        let person = |g: &Group| g.kind == EntityType::Person && g.words.len() > 1 && g.words.last() == Some(&parts[0]);
        (!placed && !is_acronym(surface)).then(|| most_recent(groups, index.word(&parts[0]), person)).flatten()
    };
    if m.kind == EntityType::Loc && parts.len() == 1 {
        if let Some(person) = surname_of_person() {
            return Some(person);
        }
    }
    if matches!(m.kind, EntityType::Org | EntityType::Misc) && parts.len() == 1 && !is_acronym(surface) {
        // A company's short name after its full name ("Quorvane" after "Quorvane Systems").
        // Or an institution's head word after its full name: "the Commission" after "the
        // European Commission", "the Council" after "Dunmore County Council".
        let same_word = index.word(&parts[0]);
        let head = || {
            let institution = lexicon::contains(lexicon::ORG_HEADS, surface)
                || lexicon::contains(lexicon::ORG_SUFFIXES, surface) && surface != "International"
                || lexicon::contains(TEAM_WORDS, surface);
            if !institution {
                return None;
            }
            most_recent(groups, same_word, |g| {
                g.kind == EntityType::Org && g.words.len() > 1 && g.words.last() == Some(&parts[0])
            })
        };
        // A person's surname the model took for a company, when it speaks: "Sgt. Allison Ford
        // … Ford said at a briefing". (Then the company's "Ford" is hers too, as a person's
        // would be: a story naming both is left to the reader.)
        let speaker = || {
            let rest = text[m.span.end..].trim_start();
            let speaks = ["said", "says", "told", "added", "wrote", "asked"]
                .iter()
                .any(|v| rest.strip_prefix(v).is_some_and(|r| !r.starts_with(char::is_alphanumeric)));
            let person =
                |g: &Group| g.kind == EntityType::Person && g.words.len() > 1 && g.words.last() == Some(&parts[0]);
            speaks.then(|| most_recent(groups, same_word, person)).flatten()
        };
        return short_org_name(groups, index, &parts[0]).or_else(head).or_else(speaker).or_else(surname_of_person);
    }
    // A company's name without its legal suffix after the full one: "Orbital Vector" after
    // "Orbital Vector Inc.".
    if m.kind == EntityType::Org && parts.len() >= 2 {
        let suffix = |w: &String| {
            let w = w.trim_end_matches('.');
            lexicon::ORG_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w)) || matches!(w, "ltd" | "plc" | "llc" | "sa")
        };
        let full = most_recent(groups, index.word(&parts[0]), |g| {
            g.kind == EntityType::Org
                && g.words.len() > parts.len()
                && g.words.starts_with(&parts)
                && g.words[parts.len()..].iter().all(suffix)
        });
        if full.is_some() {
            return full;
        }
    }
    // The full name after a short one ("Northfield" in a headline, then "Northfield Rovers"):
    // a name that adds only a generic last word to it.
    if m.kind == EntityType::Org && parts.len() == 2 {
        let last = surface.rsplit(' ').next().unwrap_or("");
        let alone = |word: &String| {
            most_recent(groups, index.alone(word), |g| {
                g.kind == EntityType::Org && g.words.len() == 1 && &g.words[0] == word
            })
        };
        if lexicon::contains(lexicon::ORG_SUFFIXES, last) || lexicon::contains(TEAM_WORDS, last) {
            // Or a club's short name ("Late penalty sends Rovers top", then "Harbourside
            // Rovers moved to the top").
            let club = || lexicon::contains(TEAM_WORDS, last).then(|| alone(&parts[1])).flatten();
            // (Else the headline's word below, which the model may have taken for a person.)
            if let Some(g) = alone(&parts[0]).or_else(club) {
                return Some(g);
            }
        }
    }
    // The full name after its first word alone in the headline ("Orbitalis delays launch",
    // then "Orbitalis Space Systems said"), whatever words follow it: a headline shortens.
    if m.kind == EntityType::Org && parts.len() >= 2 {
        // (The model may take the headline's word for a person's name: "Pellham recalls heart
        // drug", then "Pellham Therapeutics said"; but not a word the text gives a person as
        // surname: "Trump hails deal", "Trump Organization", "Donald Trump".)
        let headline = most_recent(groups, index.alone(&parts[0]), |g| {
            (g.kind == EntityType::Org || g.kind == EntityType::Person && !index.surnames.contains(&g.words[0]))
                && g.words.len() == 1
                && g.words[0] == parts[0]
                && index.in_headline(g)
        });
        if headline.is_some() {
            return headline;
        }
    }
    // The full name after two or more of its last or first words (a headline's "Harbor
    // Authority", then "the Tidewater Harbor Authority").
    if m.kind == EntityType::Org && parts.len() > 2 {
        // A group that begins or ends this name has its first two or last two words: the
        // rarer word's list holds all of them.
        let n = parts.len();
        let rarer = |a: &str, b: &str| std::cmp::min_by_key(index.word(a), index.word(b), |l| l.len());
        let ends = rarer(&parts[0], &parts[1]).iter().chain(rarer(&parts[n - 2], &parts[n - 1]));
        // (Not a body the first one has, or a prize it gives: "Kestrel Homes" and the "Kestrel
        // Homes Staff Pension Scheme", "Little Ashby" and the "Little Ashby Residents'
        // Association", "Northern Sound" and the "Northern Sound Awards".)
        let body = matches!(parts[n - 1].as_str(), "scheme" | "association" | "awards" | "fund");
        let part = most_recent(groups, ends, |g| {
            g.kind == EntityType::Org
                && (2..parts.len()).contains(&g.words.len())
                && (parts.ends_with(&g.words) || parts.starts_with(&g.words) && !body)
        });
        if part.is_some() {
            return part;
        }
    }
    // The long name after its acronym ("The EU adopted … The European Union said"): the
    // acronym's group, named in full from now on.
    if m.kind != EntityType::Person && parts.len() >= 2 {
        let letters = initials(surface);
        let acronym = |g: &Group| {
            g.kind != EntityType::Person
                && g.words.len() == 1
                && g.mentions.iter().any(|s| {
                    let written = s.text(text);
                    is_acronym(written) && written.chars().filter(|c| *c != '.').eq(letters.chars())
                })
        };
        if letters.chars().count() >= 2 {
            let found = most_recent(groups, index.alone(&letters.to_lowercase()), acronym);
            if found.is_some() {
                return found;
            }
        }
    }
    if is_acronym(surface) {
        let letters: String = surface.chars().filter(|c| *c != '.').collect();
        // A long name the text defines with this acronym in parentheses right after it.
        let defined = most_recent(groups, index.defined(&letters), |g| g.words.len() > 1 && defines(g, &letters));
        return defined
            .or_else(|| most_recent(groups, index.initials(&letters), |g| g.words.len() > 1 && g.initials == letters));
    }
    None
}

/// Last words of football and other clubs' names, which stand for the club alone ("Rovers
/// lost only twice after Christmas").
const TEAM_WORDS: &[&str] =
    &["Albion", "Athletic", "City", "County", "Rangers", "Rovers", "Town", "United", "Wanderers"];

/// True when the group's first mention follows a word for a relative: "his daughter, Thandi
/// Dube", "her son Tom Berg".
fn introduced_as_kin(text: &str, g: &Group) -> bool {
    const KIN: &[&str] = &[
        "aunt",
        "brother",
        "cousin",
        "dad",
        "daughter",
        "father",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
        "granddaughter",
        "grandfather",
        "grandmother",
        "grandson",
        "husband",
        "mother",
        "mum",
        "nephew",
        "niece",
        "sister",
        "son",
        "stepdaughter",
        "stepson",
        "twin",
        "uncle",
        "widow",
        "widower",
        "wife",
    ];
    let before = text[..g.mentions[0].start].trim_end().trim_end_matches(',').trim_end();
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    KIN.contains(&word.to_lowercase().as_str())
}

/// The most recent organization of several words whose first word is `word`.
/// One that joins another's name is the last resort: after "Meridian Air and Fjordlink" and
/// "Meridian Fjordlink Group", "Meridian" is the airline.
fn short_org_name(groups: &[Group], index: &Index, word: &str) -> Option<usize> {
    let org = |g: &Group| g.kind == EntityType::Org && g.words.len() > 1 && g.words[0] == word;
    let joins_another = |g: &Group| g.words[1..].iter().any(|w| !index.alone(w).is_empty());
    most_recent(groups, index.word(word), |g| org(g) && !joins_another(g))
        .or_else(|| most_recent(groups, index.word(word), org))
}

/// True when the text right after `span` reads ", known as NAME" (or "also", "better" known…,
/// or the same in parentheses), NAME ending there.
fn known_as(text: &str, span: Span, name: &str) -> bool {
    let rest = text[span.end..].trim_start();
    let rest = rest.strip_prefix([',', '(']).unwrap_or(rest).trim_start();
    let rest = ["also ", "better ", "locally ", "widely "].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    // "known by its (Spanish) acronym NAME": up to two words between "by" and "acronym".
    let by_acronym = || {
        let r = rest.strip_prefix("known by ")?;
        let at = ["acronym ", "initials "].iter().find_map(|w| r.find(w).map(|k| k + w.len()))?;
        (r[..at].split(' ').count() <= 4).then(|| &r[at..])
    };
    rest.strip_prefix("known as ")
        .or_else(by_acronym)
        .and_then(|r| r.strip_prefix(name))
        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
}

/// Of the candidate groups that satisfy `pred`, the one mentioned last.
fn most_recent<'a>(
    groups: &[Group],
    candidates: impl IntoIterator<Item = &'a usize>,
    pred: impl Fn(&Group) -> bool,
) -> Option<usize> {
    candidates
        .into_iter()
        .copied()
        .filter(|&i| pred(&groups[i]))
        .max_by_key(|&i| groups[i].mentions.last().map(|s| s.start))
}

/// The fullest mention: most words, then most characters; mixed case over all capitals
/// ("Vienna" over "VIENNA").
fn canonical_name(text: &str, mentions: &[Span]) -> String {
    let name = mentions
        .iter()
        .map(|s| normalize(s.text(text)))
        .max_by_key(|n| (n.split(' ').count(), n.chars().count(), n.chars().any(char::is_lowercase)))
        .unwrap_or_default();
    // A place named only in a dateline's capitals ("GENEVA") reads better as the word lists
    // spell it; acronyms ("ICPDR") are not in the lists that way and stay as they are.
    let lists = [lexicon::PLACES, lexicon::COUNTRIES, lexicon::KNOWN_ORGS];
    if !name.chars().any(char::is_lowercase) && !lists.iter().any(|l| lexicon::contains(l, &name)) {
        let titled = title_case(&name);
        if lists.iter().any(|l| lexicon::contains(l, &titled)) {
            return titled;
        }
    }
    name
}

/// "VIENNA" → "Vienna", for datelines and headlines in capitals.
pub(crate) fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == ' ' || c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds mentions from (text, type) pairs found in order in `text`.
    fn entities(text: &str, marks: &[(&str, EntityType)]) -> Vec<(String, Vec<String>)> {
        let mut from = 0;
        let mentions = marks
            .iter()
            .map(|(m, kind)| {
                let start = from + text[from..].find(m).expect("mark in text");
                from = start + m.len();
                Mention { span: Span::new(start, from), kind: *kind }
            })
            .collect();
        group(text, mentions)
            .into_iter()
            .map(|e| (e.name, e.mentions.iter().map(|s| s.text(text).to_string()).collect()))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $marks:expr, $expected:expr) => {
            #[test]
            fn $name() {
                use EntityType::*;
                let expected: Vec<(String, Vec<String>)> = $expected
                    .iter()
                    .map(|(n, ms): &(&str, &[&str])| (n.to_string(), ms.iter().map(|m| m.to_string()).collect()))
                    .collect();
                assert_eq!(entities($text, &$marks), expected);
            }
        };
    }

    // SAME NAME: case and country short forms.
    t!(
        same_name_twice,
        "Vienna hosted it. Vienna agreed.",
        [("Vienna", Loc), ("Vienna", Loc)],
        [("Vienna", &["Vienna", "Vienna"][..])]
    );
    t!(
        capitals_and_mixed,
        "VIENNA - talks in Vienna.",
        [("VIENNA", Loc), ("Vienna", Loc)],
        [("Vienna", &["VIENNA", "Vienna"][..])]
    );
    t!(dateline_capitals_alone, "GENEVA - talks.", [("GENEVA", Loc)], [("Geneva", &["GENEVA"][..])]);
    t!(acronym_keeps_capitals, "The ICPDR met.", [("ICPDR", Org)], [("ICPDR", &["ICPDR"][..])]);
    t!(
        country_short_forms,
        "The U.S. and the United States and the US.",
        [("U.S.", Loc), ("United States", Loc), ("US", Loc)],
        [("United States", &["U.S.", "United States", "US"][..])]
    );

    // PEOPLE: surnames resolve to the most recent full name.
    t!(
        surname,
        "John Kerry spoke. Kerry left.",
        [("John Kerry", Person), ("Kerry", Person)],
        [("John Kerry", &["John Kerry", "Kerry"][..])]
    );
    t!(
        headline_short_name_then_full_name,
        "Orvane delays launch\nOrvane Space Systems said on Monday that Orvane would wait.",
        [("Orvane", Org), ("Orvane Space Systems", Org), ("Orvane", Org)],
        [("Orvane Space Systems", &["Orvane", "Orvane Space Systems", "Orvane"][..])]
    );
    t!(
        short_name_in_the_body_is_not_the_full_name,
        "Orvane spoke first. Orvane Space Systems said on Monday.",
        [("Orvane", Org), ("Orvane Space Systems", Org)],
        [("Orvane", &["Orvane"][..]), ("Orvane Space Systems", &["Orvane Space Systems"][..])]
    );
    t!(
        short_name_of_the_partner_not_the_merged_company,
        "Halvard Air and Skyrun agree to merge. The new Halvard Skyrun Group will fly 40 jets. Halvard shares rose.",
        [("Halvard Air", Org), ("Skyrun", Org), ("Halvard Skyrun Group", Org), ("Halvard", Org)],
        [
            ("Halvard Air", &["Halvard Air", "Halvard"][..]),
            ("Skyrun", &["Skyrun"][..]),
            ("Halvard Skyrun Group", &["Halvard Skyrun Group"][..])
        ]
    );
    t!(
        headline_word_taken_for_a_person_then_the_company,
        "Pellvane recalls heart drug\nPellvane Therapeutics said on Tuesday. Pellvane said the batch was small.",
        [("Pellvane", Person), ("Pellvane Therapeutics", Org), ("Pellvane", Person)],
        [("Pellvane Therapeutics", &["Pellvane", "Pellvane Therapeutics", "Pellvane"][..])]
    );
    t!(
        headline_word_taken_for_a_person_then_the_company_with_a_suffix,
        "Corvane and Pellwood end merger talks\nCorvane Industries said on Sunday. Corvane will pay a fee.",
        [("Corvane", Person), ("Pellwood", Person), ("Corvane Industries", Org), ("Corvane", Person)],
        [("Corvane Industries", &["Corvane", "Corvane Industries", "Corvane"][..]), ("Pellwood", &["Pellwood"][..])]
    );
    t!(
        long_name_after_its_acronym,
        "The EU adopted sanctions. The European Union said they take effect on Wednesday. EU ministers agreed.",
        [("EU", Org), ("European Union", Org), ("EU", Misc)],
        [("European Union", &["EU", "European Union", "EU"][..])]
    );
    t!(
        headline_surname_is_not_the_company,
        "Tremont hails deal\nTremont Organization said on Monday that Ada Tremont would lead it.",
        [("Tremont", Person), ("Tremont Organization", Org), ("Ada Tremont", Person)],
        [("Ada Tremont", &["Tremont", "Ada Tremont"][..]), ("Tremont Organization", &["Tremont Organization"][..])]
    );
    t!(
        headline_middle_name,
        "Kiprono wins again\nDaniel Kiprono Lemaiyan won the race.",
        [("Kiprono", Person), ("Daniel Kiprono Lemaiyan", Person)],
        [("Daniel Kiprono Lemaiyan", &["Kiprono", "Daniel Kiprono Lemaiyan"][..])]
    );
    t!(
        first_name_after_the_name_grew,
        "Kerry spoke. John Kerry came. John left.",
        [("Kerry", Person), ("John Kerry", Person), ("John", Person)],
        [("John Kerry", &["Kerry", "John Kerry", "John"][..])]
    );
    t!(
        surname_of_several_words,
        "Lotte de Vries spoke. De Vries left. Jonas Gahr Berg came. Gahr Berg stayed.",
        [("Lotte de Vries", Person), ("De Vries", Person), ("Jonas Gahr Berg", Person), ("Gahr Berg", Person)],
        [
            ("Lotte de Vries", &["Lotte de Vries", "De Vries"][..]),
            ("Jonas Gahr Berg", &["Jonas Gahr Berg", "Gahr Berg"][..])
        ]
    );
    t!(
        surname_most_recent,
        "Ann Berg met Tom Berg. Berg said no.",
        [("Ann Berg", Person), ("Tom Berg", Person), ("Berg", Person)],
        [("Ann Berg", &["Ann Berg"][..]), ("Tom Berg", &["Tom Berg", "Berg"][..])]
    );
    t!(
        surname_is_not_the_relative_named_after,
        "Nia Dube died. His daughter, Thandi Dube, said so. Dube was 88.",
        [("Nia Dube", Person), ("Thandi Dube", Person), ("Dube", Person)],
        [("Nia Dube", &["Nia Dube", "Dube"][..]), ("Thandi Dube", &["Thandi Dube"][..])]
    );
    t!(
        surname_of_a_relative_alone,
        "Her son Tom Berg came. Berg said no.",
        [("Tom Berg", Person), ("Berg", Person)],
        [("Tom Berg", &["Tom Berg", "Berg"][..])]
    );
    t!(
        institution_head_word,
        "The European Commission proposed it. The Commission will review it.",
        [("European Commission", Org), ("Commission", Org)],
        [("European Commission", &["European Commission", "Commission"][..])]
    );
    t!(
        surname_first,
        "Kerry spoke. John Kerry left.",
        [("Kerry", Person), ("John Kerry", Person)],
        [("John Kerry", &["Kerry", "John Kerry"][..])]
    );
    t!(
        different_people_stay_apart,
        "Ann Berg and Ola Lund.",
        [("Ann Berg", Person), ("Ola Lund", Person)],
        [("Ann Berg", &["Ann Berg"][..]), ("Ola Lund", &["Ola Lund"][..])]
    );

    // ACRONYMS: defined in parentheses, or spelled by the initials.
    t!(
        acronym_defined,
        "the International Syria Support Group (ISSG) met. The ISSG agreed.",
        [("International Syria Support Group", Org), ("ISSG", Org), ("ISSG", Org)],
        [("International Syria Support Group", &["International Syria Support Group", "ISSG", "ISSG"][..])]
    );
    t!(
        place_and_agency_in_a_dateline,
        "NEW YORK (AP) - Shares fell.",
        [("NEW YORK", Loc), ("AP", Org)],
        [("New York", &["NEW YORK"][..]), ("AP", &["AP"][..])]
    );
    t!(
        place_defined_with_its_acronym,
        "the United Arab Emirates (UAE) said the UAE would help.",
        [("United Arab Emirates", Loc), ("UAE", Loc), ("UAE", Loc)],
        [("United Arab Emirates", &["United Arab Emirates", "UAE", "UAE"][..])]
    );
    t!(
        acronym_by_initials,
        "the World Food Programme said the WFP would help.",
        [("World Food Programme", Org), ("WFP", Org)],
        [("World Food Programme", &["World Food Programme", "WFP"][..])]
    );
    t!(
        acronym_written_as_a_word,
        "the Associated Society of Locomotive Engineers and Firemen (Aslef) said Aslef would vote.",
        [("Associated Society of Locomotive Engineers and Firemen", Org), ("Aslef", Person), ("Aslef", Person)],
        [(
            "Associated Society of Locomotive Engineers and Firemen",
            &["Associated Society of Locomotive Engineers and Firemen", "Aslef", "Aslef"][..]
        )]
    );
    t!(
        acronym_before_its_definition,
        "JAXA signs deal\nThe Japan Aerospace Exploration Agency (JAXA) signed. JAXA will build it.",
        [("JAXA", Org), ("Japan Aerospace Exploration Agency", Org), ("JAXA", Org), ("JAXA", Org)],
        [("Japan Aerospace Exploration Agency", &["JAXA", "Japan Aerospace Exploration Agency", "JAXA", "JAXA"][..])]
    );
    t!(
        body_of_a_company_is_another,
        "Kestrel Homes runs the Kestrel Homes Staff Pension Scheme. Leeds Teaching Hospitals said so, and \
         Leeds Teaching Hospitals NHS Trust agreed.",
        [
            ("Kestrel Homes", Org),
            ("Kestrel Homes Staff Pension Scheme", Org),
            ("Leeds Teaching Hospitals", Org),
            ("Leeds Teaching Hospitals NHS Trust", Org)
        ],
        [
            ("Kestrel Homes", &["Kestrel Homes"][..]),
            ("Kestrel Homes Staff Pension Scheme", &["Kestrel Homes Staff Pension Scheme"][..]),
            (
                "Leeds Teaching Hospitals NHS Trust",
                &["Leeds Teaching Hospitals", "Leeds Teaching Hospitals NHS Trust"][..]
            )
        ]
    );
    t!(
        word_in_parentheses_not_spelled,
        "the Rail Delivery Group (Pike) said.",
        [("Rail Delivery Group", Org), ("Pike", Person)],
        [("Rail Delivery Group", &["Rail Delivery Group"][..]), ("Pike", &["Pike"][..])]
    );
    t!(
        club_short_name_first,
        "Late penalty sends Rovers top. Harbourside Rovers won 2-1. Rovers travel to Northgate next.",
        [("Rovers", Org), ("Harbourside Rovers", Org), ("Rovers", Org), ("Northgate", Loc)],
        [("Harbourside Rovers", &["Rovers", "Harbourside Rovers", "Rovers"][..]), ("Northgate", &["Northgate"][..])]
    );
    t!(
        ship_without_prefix,
        "The MV Hrossey limped in. The Hrossey was built in 2002.",
        [("MV Hrossey", Misc), ("Hrossey", Org)],
        [("MV Hrossey", &["MV Hrossey", "Hrossey"][..])]
    );
    t!(
        surname_taken_for_a_company_speaks,
        "Sgt. Allison Ford led the search. Ford said the truck was dark. Acme said nothing.",
        [("Allison Ford", Person), ("Ford", Org), ("Acme", Org)],
        [("Allison Ford", &["Allison Ford", "Ford"][..]), ("Acme", &["Acme"][..])]
    );
    t!(
        known_as_joins,
        "The International Chess Federation, known as FIDE, met. A FIDE spokesman spoke.",
        [("International Chess Federation", Org), ("FIDE", Org), ("FIDE", Org)],
        [("International Chess Federation", &["International Chess Federation", "FIDE", "FIDE"][..])]
    );
    t!(
        known_by_its_acronym_joins,
        "The State Meteorological Agency, known by its Spanish acronym AEMET, warned. AEMET said more.",
        [("State Meteorological Agency", Org), ("AEMET", Org), ("AEMET", Org)],
        [("State Meteorological Agency", &["State Meteorological Agency", "AEMET", "AEMET"][..])]
    );
    t!(
        name_without_legal_suffix_joins,
        "Orbital Vector Inc. said the launch slipped. Orbital Vector will try again.",
        [("Orbital Vector Inc.", Org), ("Orbital Vector", Org)],
        [("Orbital Vector Inc.", &["Orbital Vector Inc.", "Orbital Vector"][..])]
    );
    t!(
        hyphenated_surname_taken_for_a_company,
        "Nadia Forde-Kaur chaired the committee. Forde-Kaur was unconvinced.",
        [("Nadia Forde-Kaur", Person), ("Forde-Kaur", Org)],
        [("Nadia Forde-Kaur", &["Nadia Forde-Kaur", "Forde-Kaur"][..])]
    );
    t!(
        club_short_names,
        "Northfield win title. Northfield Rovers beat Castlegate. Rovers lost only twice.",
        [("Northfield", Org), ("Northfield Rovers", Org), ("Castlegate", Org), ("Rovers", Org)],
        [
            ("Northfield Rovers", &["Northfield", "Northfield Rovers", "Rovers"][..]),
            ("Castlegate", &["Castlegate"][..])
        ]
    );
    #[test]
    fn team_words_sorted() {
        // `lexicon::contains` is a binary search.
        assert!(TEAM_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    t!(
        club_short_name_taken_for_a_person,
        "Ashby Town won. Town led at the break.",
        [("Ashby Town", Org), ("Town", Person)],
        [("Ashby Town", &["Ashby Town", "Town"][..])]
    );
    t!(
        full_name_after_its_last_words,
        "Harbor Authority Approves Terminal. The Tidewater Harbor Authority voted.",
        [("Harbor Authority", Org), ("Tidewater Harbor Authority", Org)],
        [("Tidewater Harbor Authority", &["Harbor Authority", "Tidewater Harbor Authority"][..])]
    );
    t!(
        full_name_after_its_first_words,
        "Ridley Harbour said. Ridley Harbour Rail Services said.",
        [("Ridley Harbour", Org), ("Ridley Harbour Rail Services", Org)],
        [("Ridley Harbour Rail Services", &["Ridley Harbour", "Ridley Harbour Rail Services"][..])]
    );
    t!(
        place_then_club_stay_apart,
        "Northfield voted. Northfield Rovers won.",
        [("Northfield", Loc), ("Northfield Rovers", Org)],
        [("Northfield", &["Northfield"][..]), ("Northfield Rovers", &["Northfield Rovers"][..])]
    );
    t!(
        short_name_of_the_company_named_after_a_headline,
        "Chipmaker Lumora to build plant. Lumora Semiconductor said so. Lumora will report.",
        [("Chipmaker Lumora", Person), ("Lumora Semiconductor", Org), ("Lumora", Person)],
        [
            ("Chipmaker Lumora", &["Chipmaker Lumora"][..]),
            ("Lumora Semiconductor", &["Lumora Semiconductor", "Lumora"][..])
        ]
    );
    // A person's surname the model typed as a place or a company: the person's, unless a
    // preposition or an article makes it a place.
    t!(
        surname_typed_as_a_place_is_the_person,
        "Victor Albany spoke. Albany, a farmer, replied.",
        [("Victor Albany", Person), ("Albany", Loc)],
        [("Victor Albany", &["Victor Albany", "Albany"][..])]
    );
    t!(
        place_after_a_preposition_stays_a_place,
        "Victor Albany spoke. He flew to Albany.",
        [("Victor Albany", Person), ("Albany", Loc)],
        [("Victor Albany", &["Victor Albany"][..]), ("Albany", &["Albany"][..])]
    );
    t!(
        surname_typed_as_a_company_is_the_person,
        "Beatrix Holloway wrote it. Holloway laughed.",
        [("Beatrix Holloway", Person), ("Holloway", Org)],
        [("Beatrix Holloway", &["Beatrix Holloway", "Holloway"][..])]
    );
    // A given name the generated lists know ("Priya") makes the person's surname hers, not the
    // company's named after her family.
    t!(
        surname_of_a_person_with_a_listed_given_name_beats_the_company,
        "Priya Dalton runs Dalton Water Group. Dalton said it was wrong.",
        [("Priya Dalton", Person), ("Dalton Water Group", Org), ("Dalton", Person)],
        [("Priya Dalton", &["Priya Dalton", "Dalton"][..]), ("Dalton Water Group", &["Dalton Water Group"][..])]
    );
    t!(
        acronym_unrelated,
        "the World Bank and NATO.",
        [("World Bank", Org), ("NATO", Org)],
        [("World Bank", &["World Bank"][..]), ("NATO", &["NATO"][..])]
    );

    // ORGANIZATIONS: a short name after the full one.
    t!(
        org_short_name,
        "Quorvane Systems cut jobs. Shares in Quorvane fell.",
        [("Quorvane Systems", Org), ("Quorvane", Org)],
        [("Quorvane Systems", &["Quorvane Systems", "Quorvane"][..])]
    );
    t!(
        org_short_name_typed_person,
        "Orchid Devices unveiled a phone. Analysts expect Orchid to sell more.",
        [("Orchid Devices", Org), ("Orchid", Person)],
        [("Orchid Devices", &["Orchid Devices", "Orchid"][..])]
    );
    t!(
        person_surname_before_org_short_name,
        "Lena Ford spoke. Ford Motor cut jobs. Ford said more would go.",
        [("Lena Ford", Person), ("Ford Motor", Org), ("Ford", Person)],
        [("Lena Ford", &["Lena Ford", "Ford"][..]), ("Ford Motor", &["Ford Motor"][..])]
    );
    t!(
        org_short_name_needs_same_first_word,
        "Quorvane Systems and Teluma Systems met.",
        [("Quorvane Systems", Org), ("Teluma", Org)],
        [("Quorvane Systems", &["Quorvane Systems"][..]), ("Teluma", &["Teluma"][..])]
    );

    // TITLES, POSSESSIVES AND CASE: the recognizer leaves titles and "'s" outside the mention,
    // so "Mr. Kerry" and "Kerry's" arrive as "Kerry"; capitals match mixed case.
    t!(
        title_before_surname,
        "Secretary of State John Kerry spoke. Mr. Kerry left.",
        [("John Kerry", Person), ("Kerry", Person)],
        [("John Kerry", &["John Kerry", "Kerry"][..])]
    );
    t!(
        possessive_surname,
        "John Kerry spoke. Kerry's aides left.",
        [("John Kerry", Person), ("Kerry", Person)],
        [("John Kerry", &["John Kerry", "Kerry"][..])]
    );
    t!(
        capitals_surname,
        "JOHN KERRY ARRIVES. John Kerry spoke.",
        [("JOHN KERRY", Person), ("John Kerry", Person)],
        [("John Kerry", &["JOHN KERRY", "John Kerry"][..])]
    );

    // AMOUNTS never merge with names.
    t!(
        money_apart,
        "$5 and $5 and Kerry.",
        [("$5", Money), ("$5", Money), ("Kerry", Person)],
        [("$5", &["$5", "$5"][..]), ("Kerry", &["Kerry"][..])]
    );

    #[test]
    fn headline_type_gives_way_to_the_body() {
        let text = "Lyon to plant trees\n\nThe council of Lyon met. Lyon will pay.";
        let at = |n: usize| {
            let start = text.match_indices("Lyon").nth(n).unwrap().0;
            Span::new(start, start + 4)
        };
        let mentions = vec![
            Mention { span: at(0), kind: EntityType::Org },
            Mention { span: at(1), kind: EntityType::Loc },
            Mention { span: at(2), kind: EntityType::Org },
        ];
        let entities = group(text, mentions);
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].kind, EntityType::Loc);
    }
}
