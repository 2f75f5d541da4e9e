namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// A lambda's type signature (<c>function($x)&lt;n:n&gt;{...}</c>) as the validators keep it: the text only. Its
/// grammar is checked by the evaluator when the lambda is called; accepting every signature here can hide a fault
/// but never invents one.
/// </summary>
internal sealed class Signature
{
    private Signature(string definition) => Definition = definition;

    public string Definition { get; }

    public static Signature Parse(string definition) => new(definition);
}
