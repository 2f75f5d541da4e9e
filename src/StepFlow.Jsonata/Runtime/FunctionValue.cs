namespace StepFlow.Jsonata.Runtime;

/// <summary>Any callable value: a lambda, a built-in, a partial application, a regex or a transform.</summary>
internal abstract class FunctionValue
{
    /// <summary>Number of declared parameters (used by the higher-order functions to decide what to pass).</summary>
    public abstract int Arity { get; }

    public Signature? Signature { get; protected init; }
}
