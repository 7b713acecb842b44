using System.Text.RegularExpressions;

namespace IntegrationBot.Core.Understanding.DataQuestions;

/// <summary>
/// The cues of questions about the data, with their weights, in one place. They are general German (and simple English)
/// phrasings of "as of when / by whom / from where / how many", "who has or lacks entries" and "what does X mean";
/// none names an aspect or a city of a particular synopsis. Each rule is tested on its own.
/// </summary>
public static class DataQuestionRules
{
    /// <summary>Words that name the data itself (folded): a date question must be about these, not about a city's history.</summary>
    public const string DataNoun = @"(daten|angaben|informationen|infos|synopse|ubersicht|tabelle|dokument|dokuments|zahlen|eintrage|eintragungen|inhalte|stand|quelle|data|synopsis|information)";

    private const string EntryNoun = @"(angabe|angaben|eintrag|eintrage|eintragungen|information|informationen|infos|daten|inhalte|aussagen)";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static IReadOnlyList<DataQuestionRule> All { get; } =
    [
        // About: as of when.
        Rule("about.from-when", Intent.About, 0.9, $@"\bvon wann\b.*\b{DataNoun}\b"),
        Rule("about.how-current", Intent.About, 0.9, $@"\bwie (aktuell|alt|neu|frisch|up to date)\b.*\b{DataNoun}\b"),
        Rule("about.stand", Intent.About, 0.9, $@"\b(welchen|welcher|was ist der|wie ist der) stand\b|\bwelchem stand\b.*\b{DataNoun}\b|\bauf welchem stand (ist|sind) (das|es|sie)$|\bstand der {DataNoun}\b"),
        Rule("about.when-updated", Intent.About, 0.9, @"\bwann\b.*\b(aktualisiert|erstellt|erhoben|geandert|uberarbeitet|veroffentlicht|zusammengestellt)\b|\bzuletzt (aktualisiert|geandert|uberarbeitet)\b"),

        // About: by whom, from where.
        Rule("about.who-made", Intent.About, 0.9, $@"\bwer (hat|haben)\b.*\b(erstellt|verfasst|geschrieben|herausgegeben|zusammengestellt|gemacht|erarbeitet|erhoben|gepflegt)\b|\bwer (pflegt|erstellt|verantwortet|macht)\b.*\b{DataNoun}\b"),
        Rule("about.editor-noun", Intent.About, 0.85, @"\b(herausgeber|herausgeberin|autor|autorin|autoren|verfasser|verfasserin|urheber|ersteller|erstellerin|redaktion|editor|publisher|author)\b"),
        // "Woher kommt das Geld …?" asks about funding, "Woher kommen die Teilnehmenden?" about origins: only the data, the
        // bot itself or a bare "das" is a question about the source.
        Rule("about.where-from", Intent.About, 0.9, $@"\bwoher (stammen|kommen|sind|stammt|kommt)\b.*\b{DataNoun}\b|\bwoher (hast du|habt ihr|haben sie|weisst du|wisst ihr)\b|\bwoher (stammt|kommt|stammen|kommen) (das|dies|diese|sie)( denn| eigentlich)?$|\bquelle (der|dieser|ihrer|eurer|deiner|fur die|zur|zu der|zu den) {DataNoun}\b|\b(was|welche|wo) ist (die|eure|ihre|deine) quelle\b|\baus (welchem|welcher) (dokument|datei|quelle|tabelle|unterlage|bericht)\b"),
        Rule("about.size", Intent.About, 0.85, @"\bwie viele (stadte|kommunen|aspekte|themen|zeilen|spalten) (umfasst|umfassen|enthalt|enthalten|gibt es|sind (in|im|erfasst|enthalten|dabei)|kennst|kennt|beinhaltet|hat die|hat das)\b|\bwie viele (stadte|kommunen|aspekte)$|\bwie viele (stadte|kommunen|aspekte|themen) (vergleicht|vergleichen|zeigt|zeigen|listet|nennt|erfasst|umfasst|deckt)\b"),
        Rule("about.english", Intent.About, 0.85, @"\bhow (current|old|recent|up to date)\b|\bwho (made|created|wrote|compiled|maintains|publishes|edited)\b|\bwhere does (the|this) (data|information) come from\b|\bsource of (the|this) (data|information|synopsis)\b|\bhow many (cities|aspects)\b|\bwhen was\b.*\b(updated|created|compiled)\b|\bwhen (is|are) (the|this|these) (data|information|figures)\b|\b(date|age) of (the|this) (data|information|synopsis)\b"),

        // Coverage: most and fewest entries (fixed kind; no slots needed).
        Rule("coverage.fewest-missing", Intent.Coverage, 0.9, @"\bfehl\w* (die |am )?meisten\b", CoverageQuestion.Fewest),
        Rule("coverage.most", Intent.Coverage, 0.85, $@"\b(die )?meisten {EntryNoun}\b|\bam (besten|vollstandigsten|ausfuhrlichsten|umfassendsten|haufigsten) (abgedeckt|dokumentiert|beschrieben|erfasst|vertreten|gepflegt)\b|\bmost (entries|information|data)\b", CoverageQuestion.Most),
        Rule("coverage.fewest", Intent.Coverage, 0.85, $@"\b(die )?wenigsten {EntryNoun}\b|\bam (schlechtesten|wenigsten|luckenhaftesten|durftigsten|dunnsten|schwachsten|knappsten) (abgedeckt|dokumentiert|beschrieben|erfasst|vertreten|gepflegt)\b|\b(fewest|least) (entries|information|data)\b", CoverageQuestion.Fewest),

        // Coverage: has or lacks an entry (the slots say for which aspect or city).
        Rule("coverage.lacks", Intent.Coverage, 0.85, $@"\b(keine|keinen|ohne|fehlende|fehlen|fehlt|nichts)\b.*\b{EntryNoun}\b|\b{EntryNoun}\b.*\b(fehlen|fehlt)\b|\bnichts\b.*\beingetragen\b|\b(leer|leere|leeren|unbesetzt|unausgefullt)\b|\bnicht (ausgefullt|befullt|eingetragen)\b|\bno (entry|entries|information|data)\b|\b(missing|lack|lacks)\b", CoverageQuestion.Lacks),
        Rule("coverage.lacks-aspect", Intent.Coverage, 0.8, @"\b(fur|bei|in) (welchen|welcher|welche) (stadten|stadte|stadt|kommunen)\b.*\bfehl\w*\b", CoverageQuestion.Lacks),
        Rule("coverage.has", Intent.Coverage, 0.8, $@"\b(welche|welcher|welchen|wer|wie viele)\b.*\b(hat|haben|gibt|liefert|liefern|macht|machen)\b.*\b{EntryNoun} (zu|zur|zum|uber|fur|von)\b|\bwhich cities have (an |any )?(entry|entries|information|data)\b", CoverageQuestion.Has),
        Rule("coverage.completeness", Intent.Coverage, 0.8, @"\bwie (vollstandig|luckenhaft|gut abgedeckt)\b|\bzu welchen aspekten\b|\b(abdeckung|vollstandigkeit|lucke|lucken)\b|\bwelche aspekte fehlen\b|\bhow complete\b"),

        // Define: strong cues ask for a meaning whatever the term; the weak one only counts for a glossary term.
        Rule("define.means", Intent.Define, 0.9, @"^(und )?(was|wofur) (bedeutet|bedeuten|heisst|meint|steht|stehen)\b|\bwas versteht man unter\b|\bwas ist (mit|unter)\b.*\b(gemeint|zu verstehen)\b|\bwhat (does|do)\b.*\b(mean|stand for)\b|\bwhat is meant by\b"),
        Rule("define.explain", Intent.Define, 0.9, @"\b(erklar\w*|definier\w*|erlauter\w*)\b.*\b(abkurzung|begriff|wort|kurzel)\b|\b(abkurzung|kurzel)\b"),
        Rule(WeakDefinitionRule, Intent.Define, 0.85, @"^(und )?(was|wer) (ist|sind) (ein |eine |der |die |das )?\w+( \w+)?$|^(what|who) is (a |an |the )?\w+$"),
    ];

    /// <summary>"Was ist X?": a definition only when X is in the glossary (otherwise "Was ist die Präambel?" stays a query).</summary>
    public const string WeakDefinitionRule = "define.what-is";

    /// <summary>
    /// The form the patterns read: the words as typed, lower case, ä/ö/ü as a/o/u and ß as ss, joined by single spaces.
    /// (Not the recognizer's folding, which also reads "ue" as "u" and would turn „aktuell“ into "aktull".)
    /// </summary>
    public static string Normalise(IEnumerable<Text.Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return string.Join(" ", tokens.Select(static t => Fold(t.Surface)));
    }

    private static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        var result = new System.Text.StringBuilder(lower.Length + 2);
        foreach (var c in lower.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (c == 'ß')
            {
                result.Append("ss");
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static DataQuestionRule Rule(string name, Intent intent, double weight, string pattern, CoverageQuestion? coverage = null) =>
        new(name, intent, coverage, weight, new Regex(pattern, Options));
}
