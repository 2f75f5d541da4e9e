using StepFlow.Asl;
using StepFlow.Asl.Json;

namespace StepFlow.Generators.Model;

/// <summary>
/// Everything the emitters need about one state machine class, and nothing Roslyn: strings, enums, the ASL tree
/// and equatable arrays. Equal by content, so an edit that does not change the workflow leaves the pipeline cached.
/// </summary>
internal sealed record WorkflowSpec(
    string Name,
    string? Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string ClassName,
    string TypeKeyword,
    bool IsExpress,
    AslObject Definition,
    EquatableArray<TaskMethodSpec> TaskMethods,
    TypeRef? SerializerContext)
{
    /// <summary>The class is visible outside its assembly, so its client is public too.</summary>
    public bool IsPublic { get; init; }

    /// <summary>Assembly-level code can name the class (no private or protected container), so it can use its constants.</summary>
    public bool IsReachableFromAssembly { get; init; }

    /// <summary>[StateMachine(Input = ...)]: the client's input type, overriding inference.</summary>
    public TypeRef? DeclaredInput { get; init; }

    /// <summary>[StateMachine(Output = ...)]: the client's output type, overriding inference.</summary>
    public TypeRef? DeclaredOutput { get; init; }

    /// <summary>[Task(OutputType = ...)] of <c>.waitForTaskToken</c> states: what SendTaskSuccess sends back.</summary>
    public EquatableArray<CallbackOutputSpec> CallbackOutputs { get; init; }

    /// <summary>The file name stem under statemachines/: the machine name.</summary>
    public string FileStem => Name;

    /// <summary>The hint name of the generated source: unique per class.</summary>
    public string HintName
    {
        get
        {
            var prefix = Namespace is null ? string.Empty : Namespace + ".";
            foreach (var containing in ContainingTypes)
            {
                prefix += containing.Name + ".";
            }

            return prefix + ClassName + ".StateMachine.g.cs";
        }
    }
}

/// <summary>The declared result type of a callback (<c>.waitForTaskToken</c>) state.</summary>
internal sealed record CallbackOutputSpec(string StateName, TypeRef Output);

/// <summary>A type the workflow class is nested in: the generated partial must repeat it.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);
