using StepFlow.Asl;

namespace StepFlow.Generators.Model;

/// <summary>
/// A Task state implemented by a C# method: what the typed client and the local dispatcher need. The state's
/// input is <see cref="Input"/> (null: the method takes none) and its output <see cref="Output"/> (null: void).
/// </summary>
internal sealed record TaskMethodSpec(
    string StateName,
    string MethodName,
    TypeRef? Input,
    TypeRef? Output,
    bool IsAsync,
    bool IsValueTask,
    bool TakesLambdaContext,
    bool TakesCancellationToken,
    bool IsStatic,
    string Resource,
    EquatableArray<string> ParameterOrder);
