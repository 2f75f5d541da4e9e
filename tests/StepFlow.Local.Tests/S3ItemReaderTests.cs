using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Maps.S3;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>The built-in S3 ItemReader over an in-memory object store: decoding, listing, limits and the failures
/// AWS records (States.ItemReaderFailed inside the Map Run).</summary>
public sealed class S3ItemReaderTests
{
    private const string Bucket = "items";

    private static string Machine(string reader) =>
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemReader\":" + reader +
        ",\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}";

    private static string GetObject(string key, string readerConfig) =>
        Machine("{\"Resource\":\"arn:aws:states:::s3:getObject\",\"Parameters\":{\"Bucket\":\"" + Bucket + "\",\"Key\":\"" + key + "\"},\"ReaderConfig\":" + readerConfig + "}");

    private static Task<Run> RunWith(InMemoryObjectStore store, string definition, string input = "{}") =>
        TestEngine.RunAsync(definition, input, o => o.ItemReader = new S3ItemReader(store));

    [Fact]
    public async Task CsvWithQuotesAndAPipeDelimiterKeepsValuesAsStrings()
    {
        var store = new InMemoryObjectStore();
        store.Put(Bucket, "rows.csv", "id|note\r\n1|\"a|b \"\"quoted\"\"\"\n2|\"two\nlines\"\n\n3\n");

        var run = await RunWith(store, GetObject("rows.csv", """{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW","CSVDelimiter":"PIPE"}"""));

        Assert.Equal(ExecutionStatus.Succeeded, run.Result.Status);
        var expected = JsonNode.Parse("""[{"id":"1","note":"a|b \"quoted\""},{"id":"2","note":"two\nlines"},{"id":"3","note":""}]""");
        Assert.True(JsonNode.DeepEquals(expected, run.Output), run.Result.Output);
    }

    [Fact]
    public async Task GivenHeadersNameTheColumnsAndDuplicatesFailTheMapRun()
    {
        var store = new InMemoryObjectStore();
        store.Put(Bucket, "data.csv", "a,b\nc,d\n");

        var ok = await RunWith(store, GetObject("data.csv", """{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["X","Y"]}"""));
        var duplicate = await RunWith(store, GetObject("data.csv", """{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["X","X"]}"""));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"X":"a","Y":"b"},{"X":"c","Y":"d"}]"""), ok.Output), ok.Result.Output);
        Assert.Equal("States.ItemReaderFailed", duplicate.Result.Error);
        Assert.Equal("CSV headers cannot contain duplicates.", duplicate.Result.Cause);
        Assert.Equal(
            new[] { "ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed" },
            duplicate.Events.Select(e => e.Type));
        Assert.Equal("States.ItemReaderFailed", duplicate.Events.Single(e => e.Type == HistoryEventTypes.MapRunFailed).Details!.Error);
    }

    [Fact]
    public async Task JsonLinesYieldOneItemPerLineAndMaxItemsPathLimitsThem()
    {
        var store = new InMemoryObjectStore();
        store.Put(Bucket, "events.jsonl", "{\"n\":1}\n{\"n\":2}\r\n\n{\"n\":3}\n");
        var definition = GetObject("events.jsonl", """{"InputType":"JSONL","MaxItemsPath":"$.limit"}""");

        var limited = await RunWith(store, definition, """{"limit":2}""");
        var unlimited = await RunWith(store, definition, """{"limit":0}""");
        var negative = await RunWith(store, definition, """{"limit":-1}""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"n":1},{"n":2}]"""), limited.Output), limited.Result.Output);
        Assert.Equal(3, unlimited.Output!.AsArray().Count);
        Assert.Equal("States.ItemReaderFailed", negative.Result.Error);
        Assert.Equal("field MaxItems must be positive", negative.Result.Cause);
    }

    [Fact]
    public async Task JsonThatIsNotAnArrayAndMissingObjectsFailWithItemReaderFailed()
    {
        var store = new InMemoryObjectStore();
        store.Put(Bucket, "object.json", """{"Hello":"world"}""");

        var notArray = await RunWith(store, GetObject("object.json", """{"InputType":"JSON"}"""));
        var missing = await RunWith(store, GetObject("absent.json", """{"InputType":"JSON"}"""));

        Assert.Equal("States.ItemReaderFailed", notArray.Result.Error);
        Assert.Equal("Attempting to map over non-iterable node.", notArray.Result.Cause);
        Assert.Equal("States.ItemReaderFailed", missing.Result.Error);
        Assert.Contains("absent.json", missing.Result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListObjectsV2YieldsTheObjectsUnderThePrefixInKeyOrder()
    {
        var store = new InMemoryObjectStore(new Time.VirtualTimeProvider(TestEngine.Start));
        store.Put(Bucket, "logs/b.txt", "bb");
        store.Put(Bucket, "logs/a.txt", "hello");
        store.Put(Bucket, "other/c.txt", "c");

        var run = await RunWith(store, Machine("""{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"items","Prefix":"logs/"}}"""));

        var items = run.Output!.AsArray();
        Assert.Equal(new[] { "logs/a.txt", "logs/b.txt" }, items.Select(i => i!["Key"]!.GetValue<string>()));
        Assert.Equal(5, items[0]!["Size"]!.GetValue<long>());
        Assert.Equal("\"5d41402abc4b2a76b9719d911017c592\"", items[0]!["Etag"]!.GetValue<string>());
        Assert.Equal(TestEngine.Start.ToUnixTimeSeconds(), items[0]!["LastModified"]!.GetValue<long>());
        Assert.Equal("STANDARD", items[0]!["StorageClass"]!.GetValue<string>());
    }

    [Fact]
    public async Task AManifestReadsTheGzippedInventoryFilesItLists()
    {
        var store = new InMemoryObjectStore();
        store.Put("inventory", "data/part-0.csv.gz", Gzip("\"photos\",\"a.jpg\",\"10\"\n\"photos\",\"b.jpg\",\"20\"\n"));
        store.Put(Bucket, "manifest.json", """{"destinationBucket":"arn:aws:s3:::inventory","fileFormat":"CSV","fileSchema":"Bucket, Key, Size","files":[{"key":"data/part-0.csv.gz"}]}""");

        var run = await RunWith(store, GetObject("manifest.json", """{"InputType":"MANIFEST"}"""));

        var expected = JsonNode.Parse("""[{"Bucket":"photos","Key":"a.jpg","Size":"10"},{"Bucket":"photos","Key":"b.jpg","Size":"20"}]""");
        Assert.True(JsonNode.DeepEquals(expected, run.Output), run.Result.Output);
    }

    [Fact]
    public async Task AMissingInputTypeIsAClearItemReaderFailure()
    {
        var store = new InMemoryObjectStore();
        store.Put(Bucket, "x.csv", "a\n1\n");

        var run = await RunWith(store, GetObject("x.csv", "{}"));

        Assert.Equal("States.ItemReaderFailed", run.Result.Error);
        Assert.Contains("InputType", run.Result.Cause, StringComparison.Ordinal);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
