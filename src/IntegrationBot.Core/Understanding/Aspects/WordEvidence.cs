using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Understanding.Aspects;

/// <summary>
/// The evidence one question word gives each aspect while <see cref="AspectRanker"/> tries its forms (whole, root, parts,
/// synonyms): only the best form counts, so a word that meets an aspect in several ways still counts once. Holds the cities
/// the question asks about, whose own cells weigh more. One per ranking, never shared between threads.
/// </summary>
internal sealed class WordEvidence
{
    private readonly double[] _best;
    private readonly bool[] _named;
    private readonly bool[] _titled;
    private readonly List<int> _touched = [];

    public WordEvidence(int aspects, IReadOnlyList<City> asked)
    {
        _best = new double[aspects];
        _named = new bool[aspects];
        _titled = new bool[aspects];
        Asked = asked;
    }

    /// <summary>The cities the question names; empty for a question about all cities.</summary>
    public IReadOnlyList<City> Asked { get; }

    /// <summary>Keeps the stronger of this form's weight and the word's best so far for the aspect.</summary>
    public void Add(int aspect, double weight, bool named, bool titled)
    {
        if (_best[aspect] == 0 && !_named[aspect] && !_titled[aspect])
        {
            _touched.Add(aspect);
        }

        _best[aspect] = Math.Max(_best[aspect], weight);
        _named[aspect] |= named;
        _titled[aspect] |= titled;
    }

    /// <summary>Adds the word's best evidence per aspect to the message's scores and clears it for the next word.</summary>
    public void Flush(double[] scores, bool[] named, bool[]? titled)
    {
        foreach (var i in _touched)
        {
            scores[i] += _best[i];
            named[i] |= _named[i];
            if (titled is not null)
            {
                titled[i] |= _titled[i];
            }

            _best[i] = 0;
            _named[i] = false;
            _titled[i] = false;
        }

        _touched.Clear();
    }
}
