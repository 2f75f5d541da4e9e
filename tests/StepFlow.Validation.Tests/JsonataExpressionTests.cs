using StepFlow.Validation.Tests.Support;
using Xunit;
using static StepFlow.Validation.Tests.Support.Machines;

namespace StepFlow.Validation.Tests;

/// <summary>
/// {% %} strings are parsed with the evaluator's JSONata parser: each fault is reported on its own characters of the
/// JSON text (escapes included), and valid JSONata stays silent.
/// </summary>
public sealed class JsonataExpressionTests
{
    [Theory]
    [InlineData("{% $states.input.x + %}", "+")]
    [InlineData("{% $states.input.(a %}", "a")]
    [InlineData("{% $states.input.a ] %}", "]")]
    [InlineData("{% $sum($states.input.x, ) %}", ")")]
    [InlineData("{% 'open %}", "n")]
    [InlineData("{% total := 1 %}", "total")]
    public void Syntax_error_points_at_the_token(string expression, string marked)
        => Assert.Equal(new[] { marked }, JsonataProbe.Marked(JsonataTask("\"Output\": {\"x\": \"" + expression + "\"},"), "SF5007"));

    [Fact]
    public void Syntax_error_after_json_escapes_points_at_the_raw_token()
    {
        var json = JsonataTask(""" "Output": {"x": "{% \"a\\\"b\" & \u0024states.input.y } %}"}, """);
        Assert.Equal(new[] { "}" }, JsonataProbe.Marked(json, "SF5007"));
    }

    [Fact]
    public void Empty_expression_says_so()
    {
        var finding = Assert.Single(AslCheck.Validate(JsonataTask(""" "Output": "{%  %}", """)), f => f.Rule.Id == "SF5007");
        Assert.Contains("is empty", finding.Message);
    }

    [Fact]
    public void Syntax_error_message_carries_the_jsonata_code()
    {
        var finding = Assert.Single(AslCheck.Validate(JsonataTask(""" "Output": "{% ($states.input %}", """)), f => f.Rule.Id == "SF5007");
        Assert.EndsWith("(S0203)", finding.Message);
    }

    [Theory]
    [InlineData("{% $uppercas($states.input.name) %}", "$uppercas")]
    [InlineData("{% $eval($states.input.code) %}", "$eval")]
    [InlineData("{% $states.input.items.$sumOf(price) %}", "$sumOf")]
    public void Unknown_function_points_at_its_name(string expression, string marked)
        => Assert.Equal(new[] { marked }, JsonataProbe.Marked(JsonataTask("\"Output\": \"" + expression + "\","), "SF5013"));

    [Fact]
    public void Unknown_function_suggests_the_closest_and_eval_suggests_parse()
    {
        Assert.Contains(AslCheck.Validate(JsonataTask(""" "Output": "{% $uppercas('a') %}", """)), f => f.Rule.Id == "SF5013" && f.Message.Contains("'$uppercase'"));
        Assert.Contains(AslCheck.Validate(JsonataTask(""" "Output": "{% $eval('1') %}", """)), f => f.Rule.Id == "SF5013" && f.Message.Contains("$parse"));
    }

    [Theory]
    [InlineData("{% $.orderId %}", "$")]
    [InlineData("{% $$.Execution.Id %}", "$$")]
    [InlineData("{% orderId %}", "orderId")]
    [InlineData("{% `order id` & 'x' %}", "`order id`")]
    [InlineData("{% $string(total) %}", "total")]
    [InlineData("{% {'a': count} %}", "count")]
    [InlineData("{% $states.input.a ? b : 1 %}", "b")]
    [InlineData("{% * %}", "*")]
    public void Input_document_read_points_at_the_read(string expression, string marked)
        => Assert.Equal(new[] { marked }, JsonataProbe.Marked(JsonataTask("\"Arguments\": {\"x\": \"" + expression + "\"},"), "SF5014"));

    [Theory]
    [InlineData("{% $states.result %}", "Arguments", "$states.result")]
    [InlineData("{% $states.input.a & $states.errorOutput.Cause %}", "Output", "$states.errorOutput")]
    public void States_field_where_it_does_not_exist_points_at_it(string expression, string field, string marked)
        => Assert.Equal(new[] { marked }, JsonataProbe.Marked(JsonataTask("\"" + field + "\": \"" + expression + "\","), "SF5012"));

    [Theory]
    [InlineData("{% States.Format('{}', $states.input.a) %}", "States.Format")]
    [InlineData("{% $string(States.ArrayLength($states.input.list)) %}", "States.ArrayLength")]
    public void Intrinsic_call_points_at_its_name(string expression, string marked)
        => Assert.Equal(new[] { marked }, JsonataProbe.Marked(JsonataTask("\"Output\": \"" + expression + "\","), "SF5010"));

    [Fact]
    public void Intrinsic_name_inside_a_string_literal_is_text()
        => Assert.Empty(JsonataProbe.JsonataFindings(JsonataTask(""" "Output": "{% 'call States.Format(x) later' %}", """)));

    [Fact]
    public void States_field_inside_a_string_literal_is_text()
        => Assert.Empty(JsonataProbe.JsonataFindings(JsonataTask(""" "Arguments": "{% 'see $states.result' %}", """)));

    [Fact]
    public void Error_output_in_a_catcher_and_result_in_task_output_are_allowed()
    {
        var json = Machines.Jsonata(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Output": "{% $states.result.Payload %}", "Assign": {"r": "{% $states.result %}"}, "Catch": [{"ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}", "Assign": {"e": "{% $states.errorOutput.Error %}"}, "Next": "B"}], "End": true}, "B": {"Type": "Succeed"} """);
        Assert.Empty(JsonataProbe.JsonataFindings(json));
    }

    [Theory]
    [InlineData("{% $sum($states.input.items[price > 10].(price * qty)) %}")]
    [InlineData("{% $states.input.items[$ > 1] %}")]
    [InlineData("{% $map($states.input.items, function($i) { $i.id & '-' & $string($i.n) }) %}")]
    [InlineData("{% $states.input.items{type: $sum(price)} %}")]
    [InlineData("{% $states.input.items^(>price).name %}")]
    [InlineData("{% $states.input ~> |items|{'done': true}| %}")]
    [InlineData("{% ($double := function($v) { $v * 2 }; $double($states.input.n)) %}")]
    [InlineData("{% ($n := $states.input.n; $n * $n) %}")]
    [InlineData("{% $states.input.items@$i#$pos.{'item': $i, 'at': $pos} %}")]
    [InlineData("{% $map($states.input.names, $uppercase) %}")]
    [InlineData("{% $states.input.name ~> $uppercase() %}")]
    [InlineData("{% $states.context.Execution.Id & $uuid() & $string($random(1)) %}")]
    [InlineData("{% $partition($range(1, 9, 1), 3) ~> $count() %}")]
    [InlineData("{% $hash($states.input.s, 'SHA-256') & $parse('{}').x %}")]
    [InlineData("{% $contains($states.input.s, /^a[0-9]+$/i) %}")]
    [InlineData("{% 'text with $.x and $$ and orderId' %}")]
    [InlineData("{% [1, 2, 3] %}")]
    [InlineData("{% {'a': 1, 'b': [true, null]} %}")]
    [InlineData("{% /* a comment */ $states.input %}")]
    public void Valid_jsonata_stays_silent(string expression)
        => Assert.Empty(JsonataProbe.JsonataFindings(JsonataTask("\"Output\": {\"x\": \"" + expression.Replace("\\", "\\\\") + "\"},")));

    [Fact]
    public void Expression_too_deep_to_parse_falls_back_to_the_structural_check()
    {
        var deep = new string('(', 600) + "1" + new string(')', 600);
        Assert.Empty(JsonataProbe.JsonataFindings(JsonataTask("\"Output\": \"{% " + deep + " %}\",")));
        Assert.Equal(new[] { "SF5007" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(
            JsonataProbe.JsonataFindings(JsonataTask("\"Output\": \"{% " + deep + ") %}\",")), f => f.Rule.Id)));
    }
}
