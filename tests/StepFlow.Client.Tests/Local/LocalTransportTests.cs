using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using DataPipeline;
using StepFlow.Client.Tests.Workflows;
using Xunit;

namespace StepFlow.Client.Tests.Local;

/// <summary>Generated clients end to end on the local engine.</summary>
public sealed class LocalTransportTests
{
    [Fact]
    public async Task DataPipeline_happy_path_returns_the_typed_clean_batch()
    {
        var harness = new LocalHarness();
        var stored = new List<JsonNode?>();
        harness.Engine.Options.TaskHandlers
            .ForResource("arn:aws:states:::dynamodb:putItem", invocation =>
            {
                stored.Add(invocation.Input?.DeepClone());
                return new ValueTask<JsonNode?>(new JsonObject());
            })
            .ForResource("arn:aws:states:::sns:publish", _ => new ValueTask<JsonNode?>(new JsonObject { ["MessageId"] = "m-1" }));
        var client = await harness.ClientAsync(DataPipelineWorkflow.CreateLocalDefinition(new DataPipelineWorkflow()), (t, arn) => new DataPipelineWorkflowClient(t, arn));

        var execution = await client.StartExecutionAsync(new IngestRequest("sensors", "batch-7"), name: "run-7");
        var result = await execution.GetResultAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.EndsWith(":execution:DataPipelineWorkflow:run-7", execution.ExecutionArn);
        Assert.Equal("batch-7", result.Output.BatchId);
        Assert.Equal(new[] { "t-1", "t-2", "t-1" }, result.Output.Readings.Select(r => r.Sensor));
        Assert.Equal(1, result.Output.Rejected);
        var item = Assert.Single(stored);
        Assert.Equal("batch-7", item!["Item"]!["BatchId"]!["S"]!.GetValue<string>());
        var states = new List<string>();
        await foreach (var historyEvent in execution.GetHistoryAsync())
        {
            if (historyEvent.Type == "TaskStateEntered")
            {
                states.Add(historyEvent.StateName!);
            }
        }

        Assert.Equal(new[] { "Ingest", "Transform", "Store", "Announce" }, states);
    }

    [Fact]
    public async Task Every_task_method_shape_runs_through_the_generated_dispatch()
    {
        var harness = new LocalHarness();
        var workflow = new MethodShapesWorkflow();
        var client = await harness.ClientAsync(MethodShapesWorkflow.CreateLocalDefinition(workflow), (t, arn) => new MethodShapesWorkflowClient(t, arn));

        var result = await (await client.StartExecutionAsync(new Tally(0, string.Empty))).GetResultAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(new Tally(1111, "sync;task;valuetask;pending valuetask;"), result.Output);
        Assert.Equal(new[] { "void 111", "task 111" }, workflow.SideEffects);
    }

    [Fact]
    public async Task A_failure_is_retried_and_the_retry_succeeds()
    {
        var harness = new LocalHarness();
        var workflow = new RetriedWorkflow();
        var client = await harness.ClientAsync(RetriedWorkflow.CreateLocalDefinition(workflow), (t, arn) => new RetriedWorkflowClient(t, arn));

        var result = await (await client.StartExecutionAsync(new Order("o-1", 2))).GetResultAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(new Reservation("o-1", 2), result.Output);
        Assert.Equal(2, workflow.Attempts);
        var types = await HistoryTypes(client, result.ExecutionArn);
        Assert.Equal(1, types.Count(t => t == "TaskFailed"));
        Assert.Equal(1, types.Count(t => t == "TaskSucceeded"));
    }

    [Fact]
    public async Task A_caught_failure_ends_with_the_workflow_error_constant()
    {
        var harness = new LocalHarness();
        var client = await harness.ClientAsync(CaughtWorkflow.CreateLocalDefinition(), (t, arn) => new CaughtWorkflowClient(t, arn));

        var result = await (await client.StartExecutionAsync(new Order("o-2", 1))).GetResultAsync();

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(CaughtWorkflowClient.Errors.OrdersRejected, result.Error);
        Assert.Equal("The order could not be reserved", result.Cause);
        var failure = Assert.Throws<ExecutionFailedException>(() => result.Output);
        Assert.Contains("Orders.Rejected", failure.Message);
        var types = await HistoryTypes(client, result.ExecutionArn);
        Assert.Contains("TaskFailed", types);
        Assert.Contains("FailStateEntered", types);
    }

    [Fact]
    public async Task A_callback_completes_through_the_typed_SendTaskSuccess()
    {
        var harness = new LocalHarness();
        var token = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        JsonNode? message = null;
        harness.Engine.Options.TaskHandlers.ForResource("arn:aws:states:::sqs:sendMessage.waitForTaskToken", invocation =>
        {
            message = invocation.Input?.DeepClone();
            token.TrySetResult(invocation.TaskToken!);
            return new ValueTask<JsonNode?>(new JsonObject { ["MessageId"] = "q-1" });
        });
        var client = await harness.ClientAsync(ApprovalWorkflow.CreateLocalDefinition(), (t, arn) => new ApprovalWorkflowClient(t, arn));

        var execution = await client.StartExecutionAsync(System.Text.Json.JsonDocument.Parse("{\"Id\":\"o-3\"}").RootElement);
        var taskToken = await token.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await client.Callbacks.AwaitApproval.SendTaskHeartbeatAsync(taskToken);
        await client.Callbacks.AwaitApproval.SendTaskSuccessAsync(taskToken, new Approval(true, "dana"));
        var result = await execution.GetResultAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(new Approval(true, "dana"), result.Output);
        Assert.Equal("o-3", message!["MessageBody"]!["OrderId"]!.GetValue<string>());
        await Assert.ThrowsAsync<TaskDoesNotExistException>(() => client.Callbacks.AwaitApproval.SendTaskSuccessAsync(taskToken, new Approval(false, "late")));
    }

    [Fact]
    public async Task A_machine_timeout_fires_on_the_virtual_clock()
    {
        var harness = new LocalHarness();
        var client = await harness.ClientAsync(SlowWorkflow.CreateLocalDefinition(), (t, arn) => new SlowWorkflowClient(t, arn));
        var before = harness.Clock.GetUtcNow();

        var result = await (await client.StartExecutionAsync(new Order("o-4", 1))).GetResultAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal(SlowWorkflowClient.Errors.StatesTimeout, result.Error);
        Assert.Equal(TimeSpan.FromSeconds(60), result.StopDate - result.StartDate);
        Assert.True(harness.Clock.GetUtcNow() - before >= TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Express_workflows_run_synchronously()
    {
        var harness = new LocalHarness();
        var client = await harness.ClientAsync(QuickQuoteWorkflow.CreateLocalDefinition(), (t, arn) => new QuickQuoteWorkflowClient(t, arn));

        var result = await client.StartSyncExecutionAsync(new Order("o-5", 4));

        Assert.Equal(new Quote("o-5", 10m), result.Output);
    }

    [Fact]
    public async Task Engine_errors_surface_as_typed_exceptions()
    {
        var harness = new LocalHarness();
        var client = await harness.ClientAsync(QuickQuoteWorkflow.CreateLocalDefinition(), (t, arn) => new QuickQuoteWorkflowClient(t, arn));
        var missing = new QuickQuoteWorkflowClient(harness.Transport, "arn:aws:states:us-east-1:123456789012:stateMachine:Nope");

        await Assert.ThrowsAsync<ExecutionDoesNotExistException>(() => client.DescribeExecutionAsync("arn:aws:states:us-east-1:123456789012:execution:QuickQuoteWorkflow:none"));
        await Assert.ThrowsAsync<InvalidArnException>(() => client.DescribeExecutionAsync("not-an-arn"));
        await Assert.ThrowsAsync<StateMachineDoesNotExistException>(() => missing.StartExecutionAsync(new Order("x", 1)));
    }

    [Fact]
    public async Task Executions_are_listed_page_by_page()
    {
        var harness = new LocalHarness();
        var client = await harness.ClientAsync(QuickQuoteWorkflow.CreateLocalDefinition(), (t, arn) => new QuickQuoteWorkflowClient(t, arn));
        for (var i = 0; i < 5; i++)
        {
            await (await client.StartExecutionAsync(new Order("o-" + i, i), name: "run-" + i)).GetResultAsync();
        }

        var names = new List<string>();
        await foreach (var execution in client.ListExecutionsAsync(ExecutionStatus.Succeeded, pageSize: 2))
        {
            names.Add(execution.Name);
        }

        Assert.Equal(5, names.Distinct().Count());
    }

    private static async Task<List<string>> HistoryTypes<TIn, TOut>(StateMachineClient<TIn, TOut> client, string executionArn)
    {
        var types = new List<string>();
        await foreach (var historyEvent in client.GetExecutionHistoryAsync(executionArn))
        {
            types.Add(historyEvent.Type);
        }

        return types;
    }
}
