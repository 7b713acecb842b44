namespace IntegrationBot.Core.Answers;

/// <summary>Composes the reply for one <see cref="AnswerKind"/>.</summary>
public interface IAnswerComposer
{
    AnswerKind Kind { get; }

    /// <summary>Templates this composer expands; checked at start-up.</summary>
    IReadOnlyList<string> Templates { get; }

    Reply Compose(AnswerRequest request);
}
