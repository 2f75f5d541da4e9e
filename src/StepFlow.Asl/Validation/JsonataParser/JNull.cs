namespace StepFlow.Jsonata.Runtime;

/// <summary>The literal value the shared tokenizer gives <c>null</c> (C# null means undefined to the parser).</summary>
internal sealed class JNull
{
    public static readonly JNull Value = new();

    private JNull()
    {
    }

    public override string ToString() => "null";
}
