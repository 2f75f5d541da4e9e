using StepFlow.Jsonata.Parsing;

namespace StepFlow.Jsonata.Runtime;

/// <summary>A user-defined function closing over the frame and context value it was created in.</summary>
internal sealed class LambdaFunction : FunctionValue
{
    public LambdaFunction(Node definition, Node body, string[] parameters, object? input, Frame environment, Signature? signature, bool thunk)
    {
        Definition = definition;
        Body = body;
        Parameters = parameters;
        Input = input;
        Environment = environment;
        Signature = signature;
        IsThunk = thunk;
    }

    public Node Definition { get; }

    public Node Body { get; }

    public string[] Parameters { get; }

    public object? Input { get; }

    public Frame Environment { get; }

    /// <summary>A tail call wrapped for the trampoline in <c>Apply</c>.</summary>
    public bool IsThunk { get; }

    public override int Arity => Parameters.Length;
}
