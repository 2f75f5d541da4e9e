using System.Text.Json;

namespace StepFlow.Client;

/// <summary>Turns a description into a typed result, reading the output only when the execution succeeded.</summary>
internal static class ExecutionResults
{
    public static ExecutionResult<TOutput> From<TOutput>(ExecutionDescription description, PayloadSerializer<TOutput> output)
    {
        if (description.Status != ExecutionStatus.Succeeded)
        {
            return new ExecutionResult<TOutput>(description, default!);
        }

        try
        {
            return new ExecutionResult<TOutput>(description, output.Deserialize(description.Output ?? "null"));
        }
        catch (JsonException e)
        {
            throw new PayloadFormatException(
                "The output of execution " + description.ExecutionArn + " is not a valid " + typeof(TOutput).FullName + ": " + e.Message,
                e);
        }
    }
}
