using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Model;

namespace IntegrationBot.Core.Understanding.Decision;

/// <summary>
/// Which aspects a message asks about: those named (a specific title or keyword word, or a strong lexicon cue), ranked by
/// all their evidence; else the aspect the data speaks for clearly enough; else the best hinted ones (all tied, e.g.
/// "Orga"), never a guess below the minimum evidence. Strong means named or clearly led.
/// </summary>
internal static class AspectSelection
{
    public static (List<Aspect> Aspects, bool Strong) Select(RecognitionModel model, MessageAnalysis analysis)
    {
        var evidence = analysis.Aspects;
        var weights = model.Weights;
        var total = new double[evidence.Length];
        var named = new bool[evidence.Length];
        var anyNamed = false;
        for (var i = 0; i < evidence.Length; i++)
        {
            total[i] = evidence[i].Score + evidence[i].DataScore;
            named[i] = evidence[i].Strong || evidence[i].Named;
            anyNamed |= named[i];
        }

        if (!anyNamed)
        {
            for (var i = 0; i < evidence.Length; i++)
            {
                named[i] = evidence[i].StrongCompound;
                anyNamed |= named[i];
            }
        }

        var leaders = Enumerable.Range(0, evidence.Length).Where(i => evidence[i].LeadsConjunct).OrderByDescending(i => total[i]).ToList();
        if (leaders.Count >= 2)
        {
            // "Wohnen und Sport": each part names its own aspect.
            return (leaders.Select(i => model.Aspects[i]).ToList(), true);
        }

        var selected = new List<Aspect>();
        var best = evidence.Length == 0 ? -1 : Enumerable.Range(0, evidence.Length).MaxBy(i => total[i]);
        var namedBest = anyNamed ? Enumerable.Range(0, evidence.Length).Where(i => named[i]).MaxBy(i => total[i]) : -1;
        if (anyNamed && (named[best] || total[best] < total[namedBest] * weights.NamedLead))
        {
            // A named aspect wins unless unnamed evidence leads it clearly.
            var namedTop = total[namedBest];
            for (var i = 0; i < evidence.Length; i++)
            {
                if (named[i] && total[i] >= namedTop * weights.SecondNamedShare)
                {
                    selected.Add(model.Aspects[i]);
                }
            }

            return (selected, true);
        }

        var order = Enumerable.Range(0, evidence.Length).OrderByDescending(i => total[i]).ToList();
        if (order.Count == 0 || total[order[0]] < weights.MinimumEvidence)
        {
            return (selected, false);
        }

        var top = total[order[0]];
        var second = order.Count > 1 ? total[order[1]] : 0;
        if (top >= weights.ConfidentEvidence && top >= second * weights.ConfidentMargin)
        {
            return ([model.Aspects[order[0]]], true);
        }

        for (var i = 0; i < evidence.Length; i++)
        {
            if (total[i] >= top - 1e-9)
            {
                selected.Add(model.Aspects[i]);
            }
        }

        return (selected, false);
    }
}
