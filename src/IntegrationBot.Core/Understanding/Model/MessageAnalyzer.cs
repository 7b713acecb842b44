using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Matching;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>
/// Turns tokens into a <see cref="MessageAnalysis"/>: corrects typos of important words, matches all phrases in one
/// pass, splits compounds against aspect words, resolves places (with the ambiguity rule for words such as "Essen")
/// and scores aspects.
/// </summary>
public sealed class MessageAnalyzer
{
    private const double CompoundHeadFactor = 0.6;
    private const double CompoundModifierFactor = 0.4;
    private const double TypoFactor = 0.9;
    private const int MinCompoundPart = 4;

    private readonly RecognitionModel _model;

    public MessageAnalyzer(RecognitionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    public MessageAnalysis Analyze(List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var prefixed = PrefixedPlaceName.Find(tokens, t => _model.IsFunctionWord(t.Key) || _model.IsFunctionWord(t.Folded));
        var unknownNames = prefixed.Where(p => !IsKnownWord(tokens[p.NameIndex])).Select(static p => p.NameIndex).ToHashSet();
        CorrectTypos(tokens, unknownNames);
        var matches = new List<PhraseMatch>();
        _model.Matcher.MatchAll(tokens, matches);

        var placeTaken = new bool[tokens.Count];
        var consumed = new bool[tokens.Count];
        var cueConsumed = new bool[tokens.Count];
        var cities = new List<City>();
        var organisationCities = new List<City>();
        var organisationTokens = new List<Token>();
        var unknown = new List<string>();
        var corrections = 0;
        ResolvePlaces(tokens, matches, prefixed, unknownNames, placeTaken, cities, organisationCities, organisationTokens, unknown, ref corrections);

        var cues = new Dictionary<CueKind, double>();
        var cueStarts = new Dictionary<CueKind, int>();
        var aspects = new AspectEvidence[_model.Aspects.Count];
        for (var i = 0; i < aspects.Length; i++)
        {
            aspects[i] = new AspectEvidence();
        }

        var aspectCovered = new bool[tokens.Count];
        var aspectTaken = new bool[tokens.Count];
        var tokenWeights = new double[aspects.Length, tokens.Count];
        var hardOutOfScope = false;
        var outOfScopeTaken = new bool[tokens.Count];
        var outOfScopeShape = new bool[tokens.Count];
        var outOfScopeQuestion = false;
        var quantityEnd = -1;
        foreach (var match in matches)
        {
            if (match.Target.Kind is CueTargetKind.Place or CueTargetKind.Organisation || Overlaps(match, placeTaken))
            {
                continue;
            }

            if (IsRefusingCue(match.Target.Intent) && match.Target.Kind == CueTargetKind.Intent && InsideLongerCue(match, matches))
            {
                // "Wie viele Städte …" is a list question, not a statistics one: the longer phrase wins.
                continue;
            }

            var weight = match.Weight * (match.Positions.Any(p => tokens[p].Correction > 0) ? TypoFactor : 1.0);
            if (match.Target.Kind == CueTargetKind.Intent)
            {
                if (match.Target.Intent == CueKind.Person)
                {
                    // Never hard: "Welche Aufgaben hat die Integrationsbeauftragte …" asks for an aspect of her unit.
                    // The person's own word is no evidence for an aspect ("Wer ist Oberbürgermeister von …?" is not about the
                    // cells that name the mayor); the rest of the question may be.
                    // Unless the synopsis has an aspect of that office: "Ausländer- und Integrationsbeauftragte" as a title
                    // is what "Was macht die Integrationsbeauftragte …?" asks for.
                    cues[CueKind.Person] = Math.Max(cues.GetValueOrDefault(CueKind.Person), weight);
                    if (!InATitle(tokens, match))
                    {
                        Mark(cueConsumed, match);
                    }

                    continue;
                }

                if (match.Target.Intent == CueKind.OutOfScope && match.Length == 1 && IsSynopsisTopic(tokens, match))
                {
                    // A word of the loaded synopsis' vocabulary is never out of scope ("Schule", "Finanzierung"). A phrase of
                    // several words is a question shape ("wann * offen", "nächste Sitzung"), whatever its words mean alone.
                    continue;
                }

                cues[match.Target.Intent] = Math.Max(cues.GetValueOrDefault(match.Target.Intent), weight);
                cueStarts[match.Target.Intent] = Math.Max(cueStarts.GetValueOrDefault(match.Target.Intent), match.Positions.Min());
                if (match.Target.Intent == CueKind.Quantity)
                {
                    quantityEnd = Math.Max(quantityEnd, match.Positions.Max());
                }

                if (match.Target.Intent != CueKind.OutOfScope)
                {
                    Mark(consumed, match);
                    Mark(cueConsumed, match);
                }
                else if (match.Positions.Any(p => !IsFunctionWordToken(tokens[p]))
                         && !match.Positions.Any(p => !IsFunctionWordToken(tokens[p]) && MentionedInSynopsis(tokens[p])))
                {
                    // A topic word the synopsis never mentions ("Telefonnummer"): no aspect word can make it answerable.
                    // One it does mention ("Oberbürgermeister") only counts when no aspect is asked for. The question words
                    // of a phrase ("wer ist * Leiterin") do not count as mentioned: who heads the office is not an aspect.
                    hardOutOfScope = true;
                    outOfScopeQuestion |= match.Length > 1;
                }

                Mark(outOfScopeTaken, match);
                if (match.Length > 1)
                {
                    // The words of a question shape ("wie viele Einwohner", "wie alt ist") are no evidence for an aspect:
                    // a cell that mentions "Einwohner" does not make a population question answerable.
                    Mark(outOfScopeShape, match);
                }

                continue;
            }

            var evidence = aspects[match.Target.Id];
            // A weak hint ("was macht ^0.6") counts once as a phrase, not once per word.
            var perWord = weight < LexiconPhrase.StrongWeight ? weight / match.Length : weight;
            foreach (var p in match.Positions)
            {
                // Each word counts once per aspect, at the weight of its best phrase ("Aufgaben" is a title word and a synonym).
                if (perWord > tokenWeights[match.Target.Id, p])
                {
                    evidence.Score += perWord - tokenWeights[match.Target.Id, p];
                    tokenWeights[match.Target.Id, p] = perWord;
                }
            }

            if (match.Target.IsStrong && weight >= LexiconPhrase.StrongWeight)
            {
                evidence.Strong = true;
                Mark(consumed, match);
                Mark(aspectTaken, match);
            }

            Mark(aspectCovered, match);
            if (match.Positions.Any(p => tokens[p].Correction > 0))
            {
                corrections++;
            }
        }

        if (!hardOutOfScope && OutOfScopeCompound(tokens, placeTaken, consumed, aspectCovered))
        {
            cues[CueKind.OutOfScope] = Math.Max(cues.GetValueOrDefault(CueKind.OutOfScope), 1.0);
            hardOutOfScope = true;
        }

        AddCompoundEvidence(tokens, placeTaken, aspectCovered, aspects);
        AddDataEvidence(tokens, placeTaken, cueConsumed, outOfScopeShape, aspects, quantityEnd, cues.ContainsKey(CueKind.Staff), cities);
        if (hardOutOfScope && !outOfScopeQuestion && TopicOutweighs(tokens, placeTaken, cueConsumed, outOfScopeTaken))
        {
            hardOutOfScope = false;
        }

        var residual = new List<Token>();
        foreach (var token in tokens)
        {
            if (!placeTaken[token.Index] && !consumed[token.Index] && IsContentWord(token))
            {
                residual.Add(token);
            }
        }

        return new MessageAnalysis
        {
            Tokens = tokens,
            Cities = cities,
            OrganisationCities = organisationCities,
            UnknownCities = unknown,
            Aspects = aspects,
            Cues = cues,
            CueStarts = cueStarts,
            Residual = residual,
            OrganisationTokens = organisationTokens,
            Corrections = corrections,
            HardOutOfScope = hardOutOfScope,
            OutOfScopeQuestion = outOfScopeQuestion,
            AspectTokens = tokens.Where(t => aspectTaken[t.Index] && !placeTaken[t.Index]).ToList(),
        };
    }

    /// <summary>
    /// The out-of-scope phrase's content words are topics of the loaded synopsis: each is evidence for an aspect (a title
    /// or keyword word, or a cell word of several cities). Quantity and question phrases have no content word and stay cues.
    /// </summary>
    private bool IsSynopsisTopic(List<Token> tokens, PhraseMatch match)
    {
        var content = 0;
        foreach (var p in match.Positions)
        {
            var token = tokens[p];
            if (IsFunctionWordToken(token))
            {
                continue;
            }

            content++;
            if (!IsTopicWord(token))
            {
                return false;
            }
        }

        return content > 0;
    }

    /// <summary>Evidence from the synopsis itself: titles, keywords and cells, weighted by specificity.</summary>
    /// <param name="quantityEnd">The last word of a question phrase for a number ("wie viele"), or -1.</param>
    /// <param name="staff">The question asks for the size of the staff (<see cref="CueKind.Staff"/>).</param>
    private void AddDataEvidence(List<Token> tokens, bool[] placeTaken, bool[] consumed, bool[] outOfScopeShape, AspectEvidence[] aspects, int quantityEnd, bool staff, List<City> cities)
    {
        var skip = new bool[tokens.Count];
        for (var i = 0; i < skip.Length; i++)
        {
            skip[i] = placeTaken[i] || consumed[i] || outOfScopeShape[i];
        }

        var scores = new double[aspects.Length];
        var named = new bool[aspects.Length];
        var titled = new bool[aspects.Length];
        _model.AspectRanker.Score(tokens, skip, scores, named, titled, cities);
        var counted = new bool[aspects.Length];
        if (quantityEnd >= 0)
        {
            _model.AspectRanker.ScoreCounted(tokens, quantityEnd + 1, skip, scores, counted);
        }

        if (staff)
        {
            _model.AspectRanker.ScoreStaff(RecognitionModel.StaffConcept, scores, counted);
        }

        for (var i = 0; i < aspects.Length; i++)
        {
            aspects[i].DataScore = scores[i];
            aspects[i].Named = named[i];
            aspects[i].Titled = titled[i];
            aspects[i].Counted = counted[i];
        }

        MarkConjunctLeaders(tokens, skip, aspects);
    }

    /// <summary>
    /// The other words of a message with an out-of-scope word the synopsis never mentions ask clearly for one aspect: its
    /// title or keywords, confident evidence and margin ("Kann man die Staatsbürgerschaft online beantragen?" is about
    /// naturalisation, though "beantragen" alone would be a form to fill in). Out-of-scope words never beat evidence for an
    /// aspect; every out-of-scope word is left out, so "Wetter am Wochenende" does not become the intercultural week. Only a
    /// one-word phrase can be outweighed: a phrase of several words is the shape of the question ("wer ist * Leiterin", "wann
    /// * geöffnet"), and the topic inside it is what the person heads or the office opens.
    /// </summary>
    private bool TopicOutweighs(List<Token> tokens, bool[] placeTaken, bool[] consumed, bool[] outOfScopeTaken)
    {
        var skip = new bool[tokens.Count];
        for (var i = 0; i < skip.Length; i++)
        {
            skip[i] = placeTaken[i] || consumed[i] || outOfScopeTaken[i] || _model.OutOfScopeWordKeys.Contains(tokens[i].Key);
        }

        var count = _model.Aspects.Count;
        var scores = new double[count];
        var titled = new bool[count];
        _model.AspectRanker.Score(tokens, skip, scores, new bool[count], titled);
        var (leader, second) = Leader(scores);
        var weights = _model.Weights;
        return leader >= 0 && titled[leader] && scores[leader] >= weights.ConfidentEvidence && scores[leader] >= second * weights.ConfidentMargin;
    }

    /// <summary>The best aspect's index (-1 when there is none) and the second-best score.</summary>
    private static (int Leader, double Second) Leader(double[] scores)
    {
        var leader = -1;
        var second = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (leader < 0 || scores[i] > scores[leader])
            {
                second = leader < 0 ? 0 : scores[leader];
                leader = i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        return (leader, second);
    }

    /// <summary>
    /// Ranks each part of a message between conjunctions on its own: "Wohnen und Sport in Gießen" has a clear leader in
    /// each part, and both are asked for, though the whole message's ranking would let the stronger part hide the other.
    /// </summary>
    private void MarkConjunctLeaders(List<Token> tokens, bool[] skip, AspectEvidence[] aspects)
    {
        // Only parts with a word of their own can lead ("Präambel von München und Stuttgart" has one such part).
        var parts = 0;
        var partHasWord = false;
        foreach (var token in tokens)
        {
            if (_model.ConjunctionKeys.Contains(token.Folded))
            {
                parts += partHasWord ? 1 : 0;
                partHasWord = false;
            }
            else
            {
                partHasWord |= !skip[token.Index] && IsContentWord(token);
            }
        }

        if (parts + (partHasWord ? 1 : 0) < 2)
        {
            return;
        }

        var weights = _model.Weights;
        var partSkip = new bool[tokens.Count];
        var scores = new double[aspects.Length];
        var named = new bool[aspects.Length];
        var titled = new bool[aspects.Length];
        var start = 0;
        for (var end = 0; end <= tokens.Count; end++)
        {
            if (end < tokens.Count && !_model.ConjunctionKeys.Contains(tokens[end].Folded))
            {
                continue;
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                partSkip[i] = skip[i] || i < start || i >= end;
            }

            Array.Clear(scores);
            Array.Clear(named);
            Array.Clear(titled);
            _model.AspectRanker.Score(tokens, partSkip, scores, named, titled);
            var (leader, second) = Leader(scores);

            if (leader >= 0 && titled[leader] && scores[leader] >= weights.ConjunctEvidence && scores[leader] >= second * weights.ConfidentMargin)
            {
                aspects[leader].LeadsConjunct = true;
            }

            start = end + 1;
        }
    }

    /// <summary>A one-word cue that a title or office keyword of the loaded synopsis holds as a naming word.</summary>
    private bool InATitle(List<Token> tokens, PhraseMatch match) =>
        match.Length == 1 && _model.AspectRanker.IsTitleWord(tokens[match.Start].Key);

    /// <summary>The word alone, or a part of it, is evidence enough for some aspect to be a topic of the loaded synopsis.</summary>
    private bool IsTopicWord(Token token) => _model.AspectRanker.TopicStrength(token) >= _model.Weights.SynopsisTopicStrength;

    private bool IsContentWord(Token token) =>
        token.Folded.Length >= 3 && !char.IsDigit(token.Folded[0]) && !_model.IsFunctionWord(token.Key) && !_model.IsFunctionWord(token.Folded);

    private bool IsFunctionWordToken(Token token) => _model.IsFunctionWord(token.Key) || _model.IsFunctionWord(token.Folded);

    private bool IsKnownWord(Token token) =>
        _model.Vocabulary.Contains(token.Stem) || _model.Vocabulary.Contains(token.Folded) || _model.ThesaurusKnows(token.Stem)
        || VerbLemmas(token.Folded).Any(lemma => _model.ThesaurusKnows(WordFolder.Stem(lemma)));

    /// <summary>
    /// Infinitives a conjugated form may belong to ("untersucht", "wirkt", "begrüßt" → "untersuchen", "wirken",
    /// "begrüßen"): the thesaurus lists verbs by their infinitive, and a correctly written verb form is no typo of a
    /// similar word of the synopsis ("untersucht" is not "untersteht").
    /// </summary>
    private static IEnumerable<string> VerbLemmas(string folded)
    {
        if (folded.Length < 5)
        {
            yield break;
        }

        foreach (var ending in VerbEndings)
        {
            if (folded.Length - ending.Length >= 3 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                var root = folded[..^ending.Length];
                yield return root + "en";
                yield return root + "n";
            }
        }
    }

    private static readonly string[] VerbEndings = ["test", "tet", "ten", "te", "est", "st", "et", "t", "en", "e"];

    /// <summary>
    /// Words unknown to every lexicon and to the synopsis may be typos of an important word; the name part of a
    /// prefixed place ("Bad Homburg") is a proper name, not a typo.
    /// </summary>
    private void CorrectTypos(List<Token> tokens, HashSet<int> properNames)
    {
        foreach (var token in tokens)
        {
            if (IsKnownWord(token) || char.IsDigit(token.Folded[0]) || properNames.Contains(token.Index))
            {
                continue;
            }

            // Folding reads a typed "ue" as "ü"; in a typo ("karlsrue") it may be the letters u and e.
            var hit = _model.Fuzzy.Find(token.Folded);
            if (hit is null && token.Surface.Contains("ue", StringComparison.OrdinalIgnoreCase))
            {
                hit = _model.Fuzzy.Find(token.Surface.ToLowerInvariant());
            }

            if (hit is { } found)
            {
                token.CorrectTo(found.Key, found.Distance);
            }
        }
    }

    private void ResolvePlaces(
        List<Token> tokens,
        List<PhraseMatch> matches,
        List<PrefixedPlaceName> prefixed,
        HashSet<int> unknownNames,
        bool[] placeTaken,
        List<City> cities,
        List<City> organisationCities,
        List<Token> organisationTokens,
        List<string> unknown,
        ref int corrections)
    {
        var candidates = matches
            .Where(static m => m.Target.Kind is CueTargetKind.Place or CueTargetKind.Organisation)
            .OrderByDescending(static m => m.Length)
            .ThenBy(static m => m.Start)
            .ToList();
        var unknownPrefixed = UnknownPrefixedPlaces(candidates, prefixed, unknownNames);
        foreach (var place in unknownPrefixed)
        {
            placeTaken[place.PrefixIndex] = placeTaken[place.NameIndex] = true;
        }

        // Starts of names that are places anyway: an ambiguous name right before one is part of a list ("Kiel, Bielefeld
        // und Köln"). A capitalised ambiguous name counts when it looks like a place itself: in "Hamm und Witten" after a
        // colon, "Witten" follows "und", so "Hamm" heads the list.
        var clearPlaceStarts = candidates
            .Where(m => m.Target.Kind == CueTargetKind.Place
                && (!_model.Places[m.Target.Id].Ambiguous || (tokens[m.Start].Capitalized && LooksLikePlace(tokens, m))))
            .Select(static m => m.Start)
            .ToHashSet();
        // "Stell das Hagen gegenüber", "Vergleiche das mit Essen": a message that adds places to compare names places, so a
        // covered city's ambiguous name is that city there, article or not.
        var comparing = matches.Any(static m => m.Target.Kind == CueTargetKind.Intent && m.Target.Intent is CueKind.AddCities or CueKind.Compare);
        var accepted = new List<PhraseMatch>();
        foreach (var match in candidates)
        {
            if (Overlaps(match, placeTaken) || EndsInConjunction(tokens, match))
            {
                continue;
            }

            if (match.Target.Acronym && !TypedAsAcronym(tokens[match.Start]))
            {
                // "KOMM-AN" in one city's cell must not make every "kommen" a question about that city.
                continue;
            }

            var place = _model.Places[match.Target.Id];
            if (match.Target.Kind == CueTargetKind.Place && place.NameOnly
                && (!TypedAsName(tokens, match, place.Name) || PartOfPrecedingCity(tokens, match, placeTaken)))
            {
                continue;
            }

            if (match.Target.Kind == CueTargetKind.Place && place.Ambiguous && !LooksLikePlace(tokens, match) && !InPlaceList(tokens, match, clearPlaceStarts)
                && !(place.Covered is not null && (comparing || KeywordStyle(tokens, match))))
            {
                continue;
            }

            Mark(placeTaken, match);
            if (match.Target.Office)
            {
                // "Stabsstelle" of "Stabsstelle Partizipation und Integration" still says what kind of unit is asked about.
                placeTaken[match.Positions[0]] = false;
            }

            accepted.Add(match);
        }

        var unknownAt = unknownPrefixed.ToDictionary(static p => p.PrefixIndex, static p => p.Name);
        var officeCities = new List<City>();
        foreach (var match in accepted.OrderBy(static m => m.Start))
        {
            AddUnknownPrefixedBefore(match.Start, unknownAt, unknown);
            var place = _model.Places[match.Target.Id];
            if (match.Positions.Any(p => tokens[p].Correction > 0))
            {
                corrections++;
            }

            if (match.Target.Kind == CueTargetKind.Organisation)
            {
                if (place.Covered is { } orgCity && !organisationCities.Contains(orgCity))
                {
                    (match.Target.Office ? officeCities : organisationCities).Add(orgCity);
                }

                organisationTokens.AddRange(match.Positions.Select(p => tokens[p]));
                continue;
            }

            if (place.Region)
            {
                continue;
            }

            if (place.Covered is { } city)
            {
                if (!cities.Contains(city))
                {
                    cities.Add(city);
                }
            }
            else if (!unknown.Contains(place.Name))
            {
                unknown.Add(place.Name);
            }
        }

        AddUnknownPrefixedBefore(int.MaxValue, unknownAt, unknown);

        // An office name read from the data is only as sure as its words: it names its city when the question names none,
        // but does not add its city to the ones the question names ("das Referat für Migration und Integration in Kiel").
        if (cities.Count == 0 && unknown.Count == 0)
        {
            foreach (var city in officeCities.Where(c => !organisationCities.Contains(c)).Distinct())
            {
                organisationCities.Add(city);
            }
        }
    }

    /// <summary>A bare town name of the general list counts only as written: "Geld" is not the town "Geldern".</summary>
    private static bool TypedAsName(List<Token> tokens, PhraseMatch match, string name) =>
        match.Positions.Select(p => tokens[p].Folded).SequenceEqual(
            Tokenizer.Tokenize(name).Select(static t => t.Folded), StringComparer.Ordinal);

    /// <summary>
    /// Typed in lower case right after a city's name, a town name of the general list names a part of that city
    /// ("halle neustadt"). Commas are not tokens, so a capital is what tells a list ("Kiel, Memmingen") from a district.
    /// </summary>
    private static bool PartOfPrecedingCity(List<Token> tokens, PhraseMatch match, bool[] placeTaken) =>
        match.Start > 0 && placeTaken[match.Start - 1] && !tokens[match.Start].Capitalized;

    /// <summary>A capitalised ambiguous name followed by a clear place name, directly or after "und"/"oder" ("Kiel, Bielefeld").</summary>
    private bool InPlaceList(List<Token> tokens, PhraseMatch match, HashSet<int> clearPlaceStarts)
    {
        if (!tokens[match.Start].Capitalized)
        {
            return false;
        }

        var next = match.End + 1;
        return clearPlaceStarts.Contains(next)
            || (next < tokens.Count && _model.PlacePrepositionKeys.Contains(tokens[next].Folded) && clearPlaceStarts.Contains(next + 1));
    }

    /// <summary>An acronym stands for its city only when typed as one ("AmkA", "amka"), not as an inflected German word.</summary>
    private bool TypedAsAcronym(Token token) =>
        token.Surface.Count(char.IsUpper) >= 2 || (token.Correction == 0 && token.Folded == token.Key && !_model.ThesaurusKnows(token.Stem));

    /// <summary>Keeps places in the order they were named: unknown prefixed places that come before <paramref name="start"/>.</summary>
    private static void AddUnknownPrefixedBefore(int start, Dictionary<int, string> unknownAt, List<string> unknown)
    {
        foreach (var at in unknownAt.Keys.Where(k => k < start).Order().ToList())
        {
            if (!unknown.Contains(unknownAt[at]))
            {
                unknown.Add(unknownAt[at]);
            }

            unknownAt.Remove(at);
        }
    }

    /// <summary>
    /// Prefixed names the gazetteer does not know as a whole: "Bad Tölz", or "Neu-Ulm" if only "Ulm" were known. A name
    /// part that is an ordinary word ("Neu Anbindung") does not make a place.
    /// </summary>
    private static List<PrefixedPlaceName> UnknownPrefixedPlaces(List<PhraseMatch> candidates, List<PrefixedPlaceName> prefixed, HashSet<int> unknownNames)
    {
        var result = new List<PrefixedPlaceName>();
        var places = candidates.Where(static m => m.Target.Kind == CueTargetKind.Place).ToList();
        foreach (var name in prefixed)
        {
            if (places.Any(m => m.Positions.Contains(name.PrefixIndex) && m.Positions.Contains(name.NameIndex)))
            {
                continue;
            }

            if (unknownNames.Contains(name.NameIndex) || places.Any(m => m.Positions.Contains(name.NameIndex)))
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>
    /// "Frankfurt oder Stuttgart": a two-word place whose second word is a lower-case function word is a name and a
    /// conjunction, not "Frankfurt (Oder)"; written as a name ("Frankfurt Oder", "Frankfurt (Oder)") it is the place.
    /// A conjunction joins two things, so one that ends the message ("hochschulen frankfurt oder") is part of the name.
    /// </summary>
    private bool EndsInConjunction(List<Token> tokens, PhraseMatch match)
    {
        if (match.Target.Kind != CueTargetKind.Place || match.Length != 2)
        {
            return false;
        }

        if (match.Positions[^1] == tokens.Count - 1)
        {
            return false;
        }

        var last = tokens[match.Positions[^1]];
        return !last.Capitalized && (_model.IsFunctionWord(last.Key) || _model.IsFunctionWord(last.Folded));
    }

    /// <summary>
    /// "Essen", "Halle", "Siegen" are places only after a preposition or conjunction ("in Essen", "und Essen"), as a
    /// capitalised word after "zu" or that no article precedes, or when the message is nothing but the name.
    /// </summary>
    private bool LooksLikePlace(List<Token> tokens, PhraseMatch match)
    {
        if (match.Start == 0 && match.End == tokens.Count - 1)
        {
            return true;
        }

        var first = tokens[match.Start];
        var previous = match.Start > 0 ? tokens[match.Start - 1] : null;
        var next = match.End + 1 < tokens.Count ? tokens[match.End + 1] : null;
        if (first.Capitalized && previous is null && (next is null || next.Capitalized))
        {
            // Keyword style at the start ("Essen Aufgaben"); "Essen ist wichtig" stays a word.
            return true;
        }

        if (previous is not null && (_model.PlacePrepositionKeys.Contains(previous.Folded) || _model.PlacePrepositionKeys.Contains(previous.Key)))
        {
            return true;
        }

        if (first.Capitalized && previous is not null && previous.Folded == "zu")
        {
            // "Alles zu Kiel", "Infos zu Celle": "zu" before a capitalised name says what about, where "zu essen" is a verb.
            return true;
        }

        return first.Capitalized && !first.FirstOfSentence && !IsArticle(previous);
    }

    /// <summary>
    /// A message typed all in lower case gives no capital to tell "Halle" from "halle"; there a covered city's ambiguous
    /// name is the place unless an article makes it a noun ("jugendclub halle neustadt", but "in der halle").
    /// </summary>
    private bool KeywordStyle(List<Token> tokens, PhraseMatch match)
    {
        if (tokens.Any(static t => t.Capitalized))
        {
            return false;
        }

        return !IsArticle(match.Start > 0 ? tokens[match.Start - 1] : null);
    }

    private bool IsArticle(Token? token) =>
        token is not null && (_model.ArticleKeys.Contains(token.Folded) || _model.ArticleKeys.Contains(token.Key));

    private void AddCompoundEvidence(List<Token> tokens, bool[] placeTaken, bool[] aspectCovered, AspectEvidence[] aspects)
    {
        foreach (var token in tokens)
        {
            var word = token.Folded.AsSpan();
            if (placeTaken[token.Index] || aspectCovered[token.Index] || word.Length < (MinCompoundPart * 2) - 1 || _model.IsFunctionWord(token.Key))
            {
                continue;
            }

            // Head: the longest known aspect word the compound ends with ("Integrations|stelle").
            for (var i = 3; i <= word.Length - MinCompoundPart; i++)
            {
                if (_model.CompoundPartLookup.TryGetValue(word[i..], out var heads))
                {
                    // "Integrations|struktur": when the modifier is only the domain word, the head speaks at full weight.
                    var modifier = word[..i].TrimEnd('s').ToString();
                    var domainOnly = _model.IsFunctionWord(modifier) || _model.IsFunctionWord(WordFolder.Stem(modifier));
                    foreach (var head in heads)
                    {
                        aspects[head.Id].Score += head.Weight * (domainOnly ? 1.0 : CompoundHeadFactor);
                        aspects[head.Id].StrongCompound |= domainOnly;
                    }

                    break;
                }
            }

            // Modifier: the longest known aspect word it starts with, linking "s" dropped ("Aufgaben|verteilung").
            for (var j = word.Length - 3; j >= MinCompoundPart; j--)
            {
                var part = word[..j];
                if (!_model.CompoundPartLookup.TryGetValue(part, out var modifiers) && part[^1] == 's')
                {
                    _model.CompoundPartLookup.TryGetValue(part[..^1], out modifiers);
                }

                if (modifiers is not null)
                {
                    foreach (var modifier in modifiers)
                    {
                        aspects[modifier.Id].Score += modifier.Weight * CompoundModifierFactor;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// A word the synopsis never mentions that is a compound of an out-of-scope topic ("Hauptbahnhof", "Stadtbahnfahrplan"):
    /// the same topic as its head, so as unanswerable as the head alone.
    /// </summary>
    private bool OutOfScopeCompound(List<Token> tokens, bool[] placeTaken, bool[] consumed, bool[] aspectCovered)
    {
        foreach (var token in tokens)
        {
            if (placeTaken[token.Index] || consumed[token.Index] || aspectCovered[token.Index] || MentionedInSynopsis(token)
                || _model.AspectRanker.Knows(token.Key) || IsTopicWord(token))
            {
                continue;
            }

            foreach (var head in _model.OutOfScopeHeads)
            {
                if (token.Folded.Length >= head.Length + 3 && token.Folded.EndsWith(head, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The synopsis contains the word, or (for an English word) its German equivalent: "mayor" → "Oberbürgermeister".</summary>
    private bool MentionedInSynopsis(Token token) =>
        _model.SearchIndex.Mentions(token.Key)
        || (_model.Glossary.TryGetValue(token.Key, out var german) && german.Any(g => Tokenizer.Keys(g).Any(_model.SearchIndex.Mentions)));

    /// <summary>Cues that may refuse a question (out of scope, persons, quantities), as opposed to cues of what is asked.</summary>
    private static bool IsRefusingCue(CueKind kind) => kind is CueKind.OutOfScope or CueKind.Person or CueKind.Quantity;

    private static bool InsideLongerCue(PhraseMatch match, List<PhraseMatch> matches)
    {
        foreach (var other in matches)
        {
            if (other.Target.Kind == CueTargetKind.Intent && !IsRefusingCue(other.Target.Intent) && other.Length > match.Length
                && match.Positions.All(p => other.Positions.Contains(p)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(PhraseMatch match, bool[] taken)
    {
        foreach (var p in match.Positions)
        {
            if (taken[p])
            {
                return true;
            }
        }

        return false;
    }

    private static void Mark(bool[] taken, PhraseMatch match)
    {
        foreach (var p in match.Positions)
        {
            taken[p] = true;
        }
    }
}
