namespace StepFlow;

/// <summary>
/// A Choice state. Its rules are <see cref="WhenAttribute"/>s on the same member, tried in order; without a match
/// the machine goes to <see cref="Default"/>, or fails with States.NoChoiceMatched when there is none.
/// </summary>
public sealed class ChoiceAttribute : StateAttribute
{
    /// <summary>The state taken when no rule matches.</summary>
    public string? Default { get; set; }
}
