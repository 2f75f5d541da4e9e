using System;

namespace StepFlow.Local.Tasks;

/// <summary>Which event family a Task's Resource produces (asl-reference §2.2).</summary>
public enum TaskResourceKind
{
    /// <summary><c>arn:aws:lambda:…:function:…</c>: LambdaFunction* events.</summary>
    LambdaFunction,

    /// <summary><c>arn:aws:states:…:activity:…</c>: Activity* events.</summary>
    Activity,

    /// <summary><c>arn:aws:states:::service:action[.pattern]</c>: Task* events.</summary>
    Service,
}

/// <summary>A parsed Task <c>Resource</c>.</summary>
public sealed class TaskResource
{
    private TaskResource(string arn, TaskResourceKind kind, string resourceType, string resource, bool waitForTaskToken, bool sync)
    {
        Arn = arn;
        Kind = kind;
        ResourceType = resourceType;
        Resource = resource;
        IsWaitForTaskToken = waitForTaskToken;
        IsSync = sync;
    }

    public string Arn { get; }

    public TaskResourceKind Kind { get; }

    /// <summary>History <c>resourceType</c>, e.g. <c>lambda</c> or <c>aws-sdk:s3</c>.</summary>
    public string ResourceType { get; }

    /// <summary>History <c>resource</c>, e.g. <c>invoke</c> or <c>sendMessage.waitForTaskToken</c>.</summary>
    public string Resource { get; }

    public bool IsWaitForTaskToken { get; }

    public bool IsSync { get; }

    public string Region
    {
        get
        {
            var parts = Arn.Split(':');
            return parts.Length > 3 && parts[3].Length > 0 ? parts[3] : "us-east-1";
        }
    }

    public static TaskResource Parse(string arn)
    {
        var parts = arn.Split(':');
        if (parts.Length >= 7 && parts[2] == "lambda" && parts[5] == "function")
        {
            return new TaskResource(arn, TaskResourceKind.LambdaFunction, "lambda", arn, false, false);
        }

        if (parts.Length >= 7 && parts[2] == "states" && parts[5] == "activity")
        {
            return new TaskResource(arn, TaskResourceKind.Activity, "activity", arn, false, false);
        }

        if (parts.Length >= 7 && parts[2] == "states" && parts[5] == "aws-sdk")
        {
            var action = string.Join(":", parts, 7, parts.Length - 7);
            return Service(arn, "aws-sdk:" + parts[6], action);
        }

        if (parts.Length >= 7 && parts[2] == "states")
        {
            return Service(arn, parts[5], string.Join(":", parts, 6, parts.Length - 6));
        }

        // Unknown forms still run (through handlers); they are reported like service integrations.
        return Service(arn, "unknown", arn);
    }

    private static TaskResource Service(string arn, string resourceType, string resource) => new(
        arn,
        TaskResourceKind.Service,
        resourceType,
        resource,
        resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal),
        resource.EndsWith(".sync", StringComparison.Ordinal) || resource.EndsWith(".sync:2", StringComparison.Ordinal));
}
