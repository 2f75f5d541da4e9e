using System;

namespace StepFlow;

/// <summary>
/// A Task state. On a method with a body and no <see cref="Resource"/>, the method is a Lambda function invoked
/// through the optimized <c>arn:aws:states:::lambda:invoke</c> integration, with the payload unwrapped so the method's
/// return value is the state's output; its parameter is the state's input. On a body-less <c>partial void</c>
/// method, <see cref="Resource"/> names the integration: any service ARN, <c>.sync</c>, <c>.sync:2</c>,
/// <c>.waitForTaskToken</c>, <c>aws-sdk:*</c>, <c>http:invoke</c> or an activity.
/// </summary>
public sealed class TaskAttribute : StateAttribute
{
    /// <summary>The resource ARN; may hold <c>${Name}</c> DefinitionSubstitutions placeholders.</summary>
    public string? Resource { get; set; }

    /// <summary>
    /// For a Lambda-bodied task: the function to invoke. Defaults to the placeholder <c>${&lt;Member&gt;FunctionArn}</c>,
    /// filled per deployment.
    /// </summary>
    public string? FunctionName { get; set; }

    /// <summary>JSONPath payload template (JSON object text).</summary>
    public string? Parameters { get; set; }

    /// <summary>JSONata <c>Arguments</c> (JSON text or a <c>{% %}</c> expression).</summary>
    public string? Arguments { get; set; }

    /// <summary>JSONPath <c>ResultSelector</c> (JSON object text).</summary>
    public string? ResultSelector { get; set; }

    /// <summary>JSONPath <c>ResultPath</c>, or null to discard the result.</summary>
    public string? ResultPath { get; set; }

    /// <summary>Seconds (int) or, in JSONata, a <c>{% %}</c> expression.</summary>
    public object? TimeoutSeconds { get; set; }

    /// <summary>Reference path to the timeout in the input.</summary>
    public string? TimeoutSecondsPath { get; set; }

    /// <summary>Seconds between heartbeats (int) or a <c>{% %}</c> expression; must be below the timeout.</summary>
    public object? HeartbeatSeconds { get; set; }

    /// <summary>Reference path to the heartbeat interval in the input.</summary>
    public string? HeartbeatSecondsPath { get; set; }

    /// <summary><c>Credentials</c> (JSON object text, e.g. <c>{"RoleArn": "..."}</c>): a role to assume for the call.</summary>
    public string? Credentials { get; set; }

    /// <summary>
    /// For a <c>.waitForTaskToken</c> task: the type of the result sent back with SendTaskSuccess. The generated
    /// client's callback for this state takes exactly this type.
    /// </summary>
    public Type? OutputType { get; set; }
}
