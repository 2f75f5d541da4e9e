namespace StepFlow.Jsonata.Runtime;

/// <summary>JSON <c>null</c> inside the evaluator; C# <c>null</c> is reserved for JSONata's <c>undefined</c>.</summary>
internal sealed class JNull
{
    public static readonly JNull Value = new();

    private JNull() { }

    public override string ToString() => "null";
}
