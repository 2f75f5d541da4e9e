using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using StepFlow;

namespace DataPipeline;

/// <summary>
/// Ingest a batch, clean it, store it in DynamoDB and announce it on SNS; on any failure, record the error and
/// announce the failure.
/// </summary>
/// <remarks>
/// Standard or Express? Pick <see cref="WorkflowType.Express"/> for high-volume, short work (under five minutes,
/// thousands of starts a second, at-least-once, billed per request and duration). Pick
/// <see cref="WorkflowType.Standard"/> (here) for long-running or business-critical work: up to a year, exactly-once
/// state transitions, a full execution history to debug from, callbacks and <c>.sync</c> jobs.
/// </remarks>
[StateMachine(Type = WorkflowType.Standard, Comment = "Ingest, transform, store and announce a batch of sensor readings", TimeoutSeconds = 900, SerializerContext = typeof(DataPipelineJsonContext))]
public partial class DataPipelineWorkflow
{
    private const string AnyError = "States.ALL";
    private const string TaskFailures = "States.TaskFailed";

    // Lambda tasks: the C# bodies run as Lambda functions (invoke ARN filled per deployment through
    // ${IngestFunctionArn}); their parameter is the state's input and their return value its output.
    [Task(StartAt = true, Next = nameof(Transform))]
    [Retry(TaskFailures, IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2, MaxDelaySeconds = 30, JitterStrategy = JitterStrategy.Full)]
    [Catch(AnyError, Next = nameof(RecordFailure), ResultPath = "$.error")]
    public Task<RawBatch> Ingest(IngestRequest request, CancellationToken cancellationToken)
    {
        var lines = new List<string> { "t-1,21.5", "t-2,19.0", "t-3,not-a-number", "t-1,22.0" };
        return Task.FromResult(new RawBatch(request.BatchId, lines));
    }

    [Task(Next = nameof(Store))]
    [Retry(TaskFailures, IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2, MaxDelaySeconds = 30, JitterStrategy = JitterStrategy.Full)]
    [Catch(AnyError, Next = nameof(RecordFailure), ResultPath = "$.error")]
    public CleanBatch Transform(RawBatch batch)
    {
        var readings = new List<Reading>();
        var rejected = 0;
        foreach (var line in batch.Lines)
        {
            var parts = line.Split(',');
            if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                readings.Add(new Reading(parts[0], value));
            }
            else
            {
                rejected++;
            }
        }

        if (readings.Count == 0)
        {
            throw new InvalidOperationException("Batch " + batch.BatchId + " has no valid readings");
        }

        return new CleanBatch(batch.BatchId, readings, rejected);
    }

    // Service integrations: no C# body, the attribute says which AWS API Step Functions calls.
    [Task(
        Resource = "arn:aws:states:::dynamodb:putItem",
        Parameters = """
        {
          "TableName": "${BatchesTable}",
          "Item": {
            "BatchId": { "S.$": "$.BatchId" },
            "Readings": { "S.$": "States.JsonToString($.Readings)" },
            "Rejected": { "N.$": "States.Format('{}', $.Rejected)" }
          }
        }
        """,
        ResultPath = null,
        Next = nameof(Announce))]
    [Retry("DynamoDB.ProvisionedThroughputExceededException", "DynamoDB.InternalServerErrorException", IntervalSeconds = 1, MaxAttempts = 5, BackoffRate = 2, JitterStrategy = JitterStrategy.Full)]
    [Catch(AnyError, Next = nameof(RecordFailure), ResultPath = "$.error")]
    partial void Store();

    [Task(
        Resource = "arn:aws:states:::sns:publish",
        Parameters = """
        {
          "TopicArn": "${NotificationTopicArn}",
          "Message.$": "States.Format('Batch {} stored: {} readings, {} rejected', $.BatchId, States.ArrayLength($.Readings), $.Rejected)"
        }
        """,
        ResultPath = null,
        End = true)]
    [Retry(TaskFailures, IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2, JitterStrategy = JitterStrategy.Full)]
    partial void Announce();

    // The failure path: keep a record of what went wrong, tell someone, then fail the execution.
    [Task(
        Resource = "arn:aws:states:::dynamodb:putItem",
        Parameters = """
        {
          "TableName": "${FailuresTable}",
          "Item": {
            "ExecutionId": { "S.$": "$$.Execution.Id" },
            "Error": { "S.$": "$.error.Error" },
            "Cause": { "S.$": "$.error.Cause" }
          }
        }
        """,
        ResultPath = null,
        Next = nameof(AnnounceFailure))]
    [Retry(AnyError, IntervalSeconds = 1, MaxAttempts = 2, BackoffRate = 2)]
    partial void RecordFailure();

    [Task(
        Resource = "arn:aws:states:::sns:publish",
        Parameters = """
        {
          "TopicArn": "${NotificationTopicArn}",
          "Message.$": "States.Format('Batch pipeline failed: {}', $.error.Error)"
        }
        """,
        ResultPath = null,
        Next = nameof(Failed))]
    partial void AnnounceFailure();

    [Fail(Error = "DataPipeline.Failed", Cause = "The batch could not be processed; see the failures table")]
    partial void Failed();
}
