namespace StepFlow.Validation.Tests.Support;

/// <summary>One rule's pair of definitions: <see cref="Invalid"/> must trigger <see cref="Id"/>, <see cref="Valid"/> must stay silent.</summary>
public sealed record RuleCase(string Id, string Name, string Invalid, string Valid, bool Express = false)
{
    public override string ToString() => Id + " " + Name;
}
