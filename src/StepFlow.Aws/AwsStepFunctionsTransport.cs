using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Aws.Protocol;
using StepFlow.Client;

namespace StepFlow.Aws;

/// <summary>
/// Typed clients against AWS Step Functions (or an emulator at <see cref="AwsStepFunctionsOptions.ServiceUrl"/>).
/// The <see cref="HttpClient"/> is the caller's: share one, or let IHttpClientFactory manage it.
/// </summary>
public sealed class AwsStepFunctionsTransport : IStepFunctionsTransport
{
    private readonly AwsJsonClient _client;
    private readonly AwsStepFunctionsOptions _options;

    public AwsStepFunctionsTransport(HttpClient httpClient, AwsStepFunctionsOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _client = new AwsJsonClient(httpClient, options);
    }

    public async Task<ExecutionStarted> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync("StartExecution", RequestBodies.StartExecution(request), false, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Started("StartExecution", response.RootElement);
    }

    public async Task<ExecutionDescription> StartSyncExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync("StartSyncExecution", RequestBodies.StartExecution(request), true, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Description("StartSyncExecution", response.RootElement);
    }

    public async Task<ExecutionDescription> DescribeExecutionAsync(string executionArn, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync("DescribeExecution", RequestBodies.ExecutionArn(executionArn), false, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Description("DescribeExecution", response.RootElement);
    }

    /// <summary>Polls DescribeExecution, backing off from <see cref="AwsStepFunctionsOptions.PollInitialDelay"/> to <see cref="AwsStepFunctionsOptions.PollMaxDelay"/>.</summary>
    public async Task<ExecutionDescription> WaitForExecutionAsync(string executionArn, CancellationToken cancellationToken)
    {
        var delay = _options.PollInitialDelay;
        while (true)
        {
            var description = await DescribeExecutionAsync(executionArn, cancellationToken).ConfigureAwait(false);
            if (description.Status is not (ExecutionStatus.Running or ExecutionStatus.PendingRedrive))
            {
                return description;
            }

            await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(_options.PollMaxDelay.Ticks, (long)(delay.Ticks * 1.5)));
        }
    }

    public async Task<DateTimeOffset> StopExecutionAsync(string executionArn, string? error, string? cause, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync("StopExecution", RequestBodies.StopExecution(executionArn, error, cause), false, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Date("StopExecution", response.RootElement, "stopDate");
    }

    public async Task<DateTimeOffset> RedriveExecutionAsync(string executionArn, string? clientToken, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync("RedriveExecution", RequestBodies.RedriveExecution(executionArn, clientToken), false, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Date("RedriveExecution", response.RootElement, "redriveDate");
    }

    public async Task<Page<ExecutionSummary>> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync("ListExecutions", RequestBodies.ListExecutions(request), false, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Executions(response.RootElement);
    }

    public async Task<Page<HistoryEvent>> GetExecutionHistoryAsync(ExecutionHistoryRequest request, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync("GetExecutionHistory", RequestBodies.GetExecutionHistory(request), false, cancellationToken).ConfigureAwait(false);
        return ResponseReader.History(response.RootElement);
    }

    public Task SendTaskSuccessAsync(string taskToken, string output, CancellationToken cancellationToken)
        => SendAsync("SendTaskSuccess", RequestBodies.SendTaskSuccess(taskToken, output), cancellationToken);

    public Task SendTaskFailureAsync(string taskToken, string? error, string? cause, CancellationToken cancellationToken)
        => SendAsync("SendTaskFailure", RequestBodies.SendTaskFailure(taskToken, error, cause), cancellationToken);

    public Task SendTaskHeartbeatAsync(string taskToken, CancellationToken cancellationToken)
        => SendAsync("SendTaskHeartbeat", RequestBodies.SendTaskHeartbeat(taskToken), cancellationToken);

    public override string ToString() => "AWS Step Functions (" + _options + ")";

    private async Task SendAsync(string operation, byte[] body, CancellationToken cancellationToken)
    {
        using JsonDocument response = await _client.SendAsync(operation, body, false, cancellationToken).ConfigureAwait(false);
    }
}
