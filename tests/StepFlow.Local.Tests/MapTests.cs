using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.History;
using StepFlow.Local.Maps;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class MapTests
{
    private static string DistributedMap(string tolerance) =>
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\"," + tolerance +
        "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}}},\"End\":true}}}";

    private static void FailOddItems(LocalEngineOptions options) =>
        options.TaskHandlers.ForState("T", i => (int)i.Input! % 2 == 1 ? throw new TaskFailedException("Odd") : new(i.Input!.DeepClone()));

    [Fact]
    public async Task ItemSelectorSeesTheEffectiveInputAndTheItemContext()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":1,
              "ItemSelector":{"value.$":"$$.Map.Item.Value","index.$":"$$.Map.Item.Index","tag.$":"$.tag"},
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"ResultPath":"$.out","End":true}}}
            """,
            """{"items":["a","b"],"tag":"t"}""");

        run.AssertSucceeded("""{"items":["a","b"],"tag":"t","out":[{"value":"a","index":0,"tag":"t"},{"value":"b","index":1,"tag":"t"}]}""");
    }

    [Fact]
    public async Task InlineIterationFailureFailsTheMapWithTheIterationError()
    {
        var run = await TestEngine.RunAsync(
            """{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"ItemError","Cause":"bad"}}},"End":true}}}""",
            "[1,2]");

        run.AssertFailed("ItemError");
        Assert.Contains(HistoryEventTypes.MapIterationFailed, run.Types);
        Assert.Equal(HistoryEventTypes.MapStateFailed, run.Events[^2].Type);
    }

    [Fact]
    public async Task DistributedMapWithinToleratedCountSucceedsWithErrorOutputsInPlace()
    {
        var run = await TestEngine.RunAsync(DistributedMap("\"ToleratedFailureCount\":2,"), "[0,1,2,3]", FailOddItems);

        run.AssertSucceeded("""[0,{"Error":"Odd","Cause":null},2,{"Error":"Odd","Cause":null}]""");
        Assert.Contains(HistoryEventTypes.MapRunStarted, run.Types);
        Assert.DoesNotContain("TaskStateEntered", run.Types);
    }

    [Theory]
    [InlineData("\"ToleratedFailureCount\":1,")]
    [InlineData("\"ToleratedFailurePercentage\":49.9,")]
    [InlineData("")]
    public async Task DistributedMapOverToleranceFailsWithThreshold(string tolerance)
    {
        var run = await TestEngine.RunAsync(DistributedMap(tolerance), "[0,1,2,3]", FailOddItems);

        run.AssertFailed(StatesErrorNames.ExceedToleratedFailureThreshold);
        Assert.Contains(HistoryEventTypes.MapRunFailed, run.Types);
    }

    [Fact]
    public async Task ToleratedPercentageAtTheLimitIsAllowed()
    {
        var run = await TestEngine.RunAsync(DistributedMap("\"ToleratedFailurePercentage\":50,"), "[0,1,2,3]", FailOddItems);

        Assert.Equal("SUCCEEDED", run.Result.Status);
    }

    [Fact]
    public async Task ItemBatcherGroupsItemsWithBatchInput()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"b.$":"$.b"}},"ItemsPath":"$.items",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            """{"items":[1,2,3],"b":"x"}""");

        run.AssertSucceeded("""[{"BatchInput":{"b":"x"},"Items":[1,2]},{"BatchInput":{"b":"x"},"Items":[3]}]""");
    }

    [Fact]
    public async Task ItemReaderAndResultWriterUseThePluggedImplementations()
    {
        var writer = new InMemoryResultWriter();
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","Label":"Job",
              "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","Parameters":{"Bucket":"in","Key.$":"$.key"},"ReaderConfig":{"InputType":"JSON","MaxItems":2}},
              "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"out","Prefix":"runs"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            """{"key":"items.json"}""",
            o =>
            {
                o.ItemReader = new FixedItems();
                o.ResultWriter = writer;
            });

        Assert.Equal("SUCCEEDED", run.Result.Status);
        var details = run.Output!["ResultWriterDetails"]!;
        Assert.Equal("out", details["Bucket"]!.GetValue<string>());
        Assert.Matches("^runs/[0-9a-f-]{36}/manifest.json$", details["Key"]!.GetValue<string>());
        Assert.Contains(":mapRun:StepFlowLocal/Job:", run.Output!["MapRunArn"]!.GetValue<string>());
        Assert.True(writer.TryGetResults("out", details["Key"]!.GetValue<string>(), out var results));
        Assert.Equal("""[{"key":"items.json","n":1},{"key":"items.json","n":2}]""", results.ToJsonString());
        Assert.Equal(0, run.Events.Single(e => e.Type == HistoryEventTypes.MapStateStarted).Details!.Length);
    }

    [Fact]
    public async Task MapHistoryIsNumberedAsAwsDoes()
    {
        var run = await TestEngine.RunAsync(
            """{"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""",
            "[1,2]");

        var actual = run.Events.Select(e => (e.Type, e.Id, e.PreviousEventId)).ToArray();
        Assert.Equal(
            new[]
            {
                ("ExecutionStarted", 1L, 0L), ("MapStateEntered", 2L, 0L), ("MapStateStarted", 3L, 2L),
                ("MapIterationStarted", 4L, 3L), ("PassStateEntered", 5L, 4L), ("PassStateExited", 6L, 5L), ("MapIterationSucceeded", 7L, 6L),
                ("MapIterationStarted", 8L, 6L), ("PassStateEntered", 9L, 8L), ("PassStateExited", 10L, 9L), ("MapIterationSucceeded", 11L, 10L),
                ("MapStateSucceeded", 12L, 11L), ("MapStateExited", 13L, 11L), ("ExecutionSucceeded", 14L, 13L),
            },
            actual);
    }

    private sealed class FixedItems : IItemReader
    {
        public ValueTask<JsonArray> ReadItemsAsync(ItemReaderRequest request, System.Threading.CancellationToken cancellation)
        {
            var key = request.Parameters!["Key"]!.GetValue<string>();
            return new(new JsonArray(Enumerable.Range(1, 3).Select(n => (JsonNode)new JsonObject { ["key"] = key, ["n"] = n }).ToArray()));
        }
    }
}
