using System.Threading.Tasks;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class IntrinsicFunctionTests
{
    private const string Input = """{"s":"input data","arr":[1,2,2,{"a":1},{"a":1}],"obj":{"k":"v","n":[]},"n":3}""";

    [Theory]
    [InlineData("States.Format('{} and {}', $.s, $.n)", "\"input data and 3\"")]
    [InlineData("States.Format('obj={} arr={} null={}', $.obj, $.arr, null)", "\"obj={k=v, n=[]} arr=[1, 2, 2, {a=1}, {a=1}] null=null\"")]
    [InlineData("States.Format('\\{\\} {}', 'x')", "\"{} x\"")]
    [InlineData("States.Format('\\\\{}', 'x')", "\"\\\\x\"")]
    [InlineData("States.StringToJson('{\"a\":[1]}')", "{\"a\":[1]}")]
    [InlineData("States.StringToJson(' ')", "null")]
    [InlineData("States.JsonToString($.obj)", "\"{\\\"k\\\":\\\"v\\\",\\\"n\\\":[]}\"")]
    [InlineData("States.Array()", "[]")]
    [InlineData("States.Array($.n, 'x', true)", "[3,\"x\",true]")]
    [InlineData("States.ArrayPartition(States.ArrayRange(1, 5, 1), 2)", "[[1,2],[3,4],[5]]")]
    [InlineData("States.ArrayContains($.arr, $.obj)", "false")]
    [InlineData("States.ArrayContains($.arr, States.StringToJson('{\"a\":1}'))", "true")]
    [InlineData("States.ArrayRange(0, 10, 3)", "[0,3,6,9]")]
    [InlineData("States.ArrayRange(5, 1, -2)", "[5,3,1]")]
    [InlineData("States.ArrayGetItem($.arr, 3)", "{\"a\":1}")]
    [InlineData("States.ArrayLength($.arr)", "5")]
    [InlineData("States.ArrayUnique($.arr)", "[1,2,{\"a\":1}]")]
    [InlineData("States.Base64Encode('Data to encode')", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "\"Data to encode\"")]
    [InlineData("States.Hash($.s, 'MD5')", "\"812f45842bc6d66ee14572ce20db8e86\"")]
    [InlineData("States.Hash($.s, 'SHA-1')", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("States.Hash($.s, 'SHA-256')", "\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\"")]
    [InlineData("States.JsonMerge($.obj, States.StringToJson('{\"k\":1,\"z\":2}'), false)", "{\"k\":1,\"n\":[],\"z\":2}")]
    [InlineData("States.MathAdd(1.49, 1.5)", "3")]
    [InlineData("States.MathAdd(-1.5, -1.51)", "-3")]
    [InlineData("States.MathAdd($.n, -10)", "-7")]
    [InlineData("States.StringSplit('This.is+a,test=string', '.+,=')", "[\"This\",\"is\",\"a\",\"test\",\"string\"]")]
    [InlineData("States.StringSplit(',,,,', ',')", "[]")]
    [InlineData("States.StringSplit(', , ,', ',')", "[\" \",\" \"]")]
    public async Task EvaluatesLikeAws(string expression, string expectedJson)
    {
        var definition = TestEngine.Single("{\"Type\":\"Pass\",\"Parameters\":{\"r.$\":" + System.Text.Json.JsonSerializer.Serialize(expression) + "},\"End\":true}");

        var run = await TestEngine.RunAsync(definition, Input);

        run.AssertSucceeded("{\"r\":" + expectedJson + "}");
    }

    [Theory]
    [InlineData("States.ArrayGetItem($.arr, 9)")]
    [InlineData("States.ArrayPartition($.arr, 0)")]
    [InlineData("States.Hash($.s, 'sha256')")]
    [InlineData("States.JsonMerge($.obj, $.obj, true)")]
    [InlineData("States.ArrayLength($.s)")]
    [InlineData("States.ArrayRange(0, 2000, 1)")]
    public async Task InvalidArgumentsFailWithIntrinsicFailure(string expression)
    {
        var definition = TestEngine.Single("{\"Type\":\"Pass\",\"Parameters\":{\"r.$\":" + System.Text.Json.JsonSerializer.Serialize(expression) + "},\"End\":true}");

        var run = await TestEngine.RunAsync(definition, Input);

        run.AssertFailed("States.IntrinsicFailure");
    }

    [Fact]
    public async Task UuidAndRandomRepeatForTheSameSeed()
    {
        var definition = TestEngine.Single("""{"Type":"Pass","Parameters":{"u.$":"States.UUID()","r.$":"States.MathRandom(1, 1000)","seeded.$":"States.MathRandom(1, 1000, 42)"},"End":true}""");

        var first = await TestEngine.RunAsync(definition);
        var second = await TestEngine.RunAsync(definition);

        Assert.Equal(first.Result.Output, second.Result.Output);
        var uuid = first.Output!["u"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid);
        Assert.InRange(first.Output!["r"]!.GetValue<long>(), 1, 1000);
    }

    [Fact]
    public async Task InvalidIntrinsicSyntaxIsRejectedWhenTheDefinitionLoads()
    {
        var engine = TestEngine.Create();

        var error = await Assert.ThrowsAsync<StepFlow.Local.Api.StepFunctionsException>(() =>
            engine.RunAsync(TestEngine.Single("""{"Type":"Pass","Parameters":{"r.$":"States.Format('a\\\"b')"},"End":true}""")));

        Assert.Equal("InvalidDefinition", error.ErrorCode);
        Assert.Contains("/States/S/Parameters", error.Message);
    }
}
