using System;

namespace StepFlow;

/// <summary>
/// Marks a <c>partial</c> class as a Step Functions state machine. Its members carrying state attributes
/// (<see cref="TaskAttribute"/>, <see cref="ChoiceAttribute"/>, ...) are the states; the build writes the ASL to
/// <c>statemachines/&lt;Name&gt;.asl.json</c> and generates a typed client.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StateMachineAttribute : Attribute
{
    /// <summary>The machine's name (file name and client name); defaults to the class name.</summary>
    public string? Name { get; set; }

    /// <summary>Top-level <c>Comment</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>Standard (the default) or Express.</summary>
    public WorkflowType Type { get; set; }

    /// <summary>Top-level <c>TimeoutSeconds</c>: the execution times out with States.Timeout after this long.</summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>Top-level <c>Version</c>; only "1.0" is valid.</summary>
    public string? Version { get; set; }

    /// <summary>Top-level <c>QueryLanguage</c>: the default for every state, nested ones included.</summary>
    public QueryLanguage QueryLanguage { get; set; }

    /// <summary>
    /// A System.Text.Json <c>JsonSerializerContext</c> type that knows the workflow's input and output types. With it
    /// the generated client serializes without reflection (trimming and Native AOT safe).
    /// </summary>
    public Type? SerializerContext { get; set; }

    /// <summary>
    /// The execution input type of the generated client; by default the parameter type of the C# method the machine
    /// starts at.
    /// </summary>
    public Type? Input { get; set; }

    /// <summary>
    /// The execution output type of the generated client; by default inferred from the states the machine ends at.
    /// </summary>
    public Type? Output { get; set; }
}
