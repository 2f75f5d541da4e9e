using System;
using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>
/// Turns what a C# task method returned into the task result the local engine receives. Generated
/// <see cref="TaskMethodInvoker"/>s call the method in a plain lambda and hand its result here: the awaiting lives
/// once in this library instead of in an async lambda per method, whose state machine made the generated code cost
/// more to compile than the workflow's own sources (measured in benchmarks/StepFlow.Generators.Benchmarks).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TaskMethodResults
{
    /// <summary>The result of a method returning <see cref="Task{TResult}"/>.</summary>
    public static async Task<JsonNode?> FromTask<T>(Task<T> pending, PayloadSerializer<T> output, bool enveloped)
    {
        if (pending is null)
        {
            throw NullTask();
        }

        return Shape(output.ToNode(await pending.ConfigureAwait(false)), enveloped);
    }

    /// <summary>The result of a method returning <see cref="ValueTask{TResult}"/>.</summary>
    public static Task<JsonNode?> FromValueTask<T>(ValueTask<T> pending, PayloadSerializer<T> output, bool enveloped)
        => pending.IsCompletedSuccessfully
            ? Task.FromResult(Shape(output.ToNode(pending.Result), enveloped))
            : FromTask(pending.AsTask(), output, enveloped);

    /// <summary>The result of a synchronous method.</summary>
    public static Task<JsonNode?> FromValue<T>(T value, PayloadSerializer<T> output, bool enveloped)
        => Task.FromResult(Shape(output.ToNode(value), enveloped));

    /// <summary>The result of a method returning <see cref="Task"/>: no output, so the task result is null.</summary>
    public static async Task<JsonNode?> FromTask(Task pending, bool enveloped)
    {
        if (pending is null)
        {
            throw NullTask();
        }

        await pending.ConfigureAwait(false);
        return Shape(null, enveloped);
    }

    /// <summary>The result of a method returning <see cref="ValueTask"/>.</summary>
    public static Task<JsonNode?> FromValueTask(ValueTask pending, bool enveloped)
        => pending.IsCompletedSuccessfully ? Completed(enveloped) : FromTask(pending.AsTask(), enveloped);

    /// <summary>The result of a <see langword="void"/> method that has returned.</summary>
    public static Task<JsonNode?> Completed(bool enveloped) => Task.FromResult(Shape(null, enveloped));

    // The optimized lambda:invoke integration wraps the function's return value in the Invoke API's response.
    private static JsonNode? Shape(JsonNode? result, bool enveloped) => enveloped ? LambdaInvokeEnvelope.Wrap(result) : result;

    private static InvalidOperationException NullTask()
        => new("The task method returned a null Task instead of a Task to await.");
}
