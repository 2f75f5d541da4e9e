using System;
using System.Collections.Generic;

namespace StepFlow.Client;

/// <summary>
/// What the local engine needs to host a generated workflow: its name, type, ASL, and a way to run each Task state
/// that has a C# body. Generated clients create it (<c>&lt;Name&gt;Client.CreateDefinition</c>).
/// </summary>
public sealed class WorkflowDefinition
{
    public WorkflowDefinition(string name, string aslDefinition, bool isExpress, IReadOnlyDictionary<string, TaskMethodInvoker> taskMethods)
    {
        Name = string.IsNullOrEmpty(name) ? throw new ArgumentException("A state machine name is required", nameof(name)) : name;
        AslDefinition = aslDefinition ?? throw new ArgumentNullException(nameof(aslDefinition));
        IsExpress = isExpress;
        TaskMethods = taskMethods ?? throw new ArgumentNullException(nameof(taskMethods));
    }

    public string Name { get; }

    public string AslDefinition { get; }

    public bool IsExpress { get; }

    /// <summary>The C#-bodied Task states, by state name.</summary>
    public IReadOnlyDictionary<string, TaskMethodInvoker> TaskMethods { get; }

    public override string ToString() => Name;
}
