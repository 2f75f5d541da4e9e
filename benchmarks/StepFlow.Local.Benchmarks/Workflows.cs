using System.Linq;
using System.Text;

namespace StepFlow.Local.Benchmarks;

/// <summary>The benchmark definitions (also written to node/ for the npm emulator comparison).</summary>
public static class Workflows
{
    public const int ChainLength = 1000;

    public const int LoopIterations = 500;

    public const int MapItems = 10_000;

    public const string SmallPayload = """{"orderId":"o-123","amount":42.5,"items":[{"sku":"a","qty":1},{"sku":"b","qty":2}],"express":true}""";

    /// <summary>1,000 Pass states in a row.</summary>
    public static string PassChain()
    {
        var sb = new StringBuilder("{\"StartAt\":\"P0\",\"States\":{");
        for (var i = 0; i < ChainLength; i++)
        {
            sb.Append("\"P").Append(i).Append("\":{\"Type\":\"Pass\",");
            sb.Append(i == ChainLength - 1 ? "\"End\":true}" : "\"Next\":\"P" + (i + 1) + "\"},");
        }

        return sb.Append("}}").ToString();
    }

    /// <summary>A counter loop: Pass increments, Choice tests; 2 transitions per iteration. The counter starts at 1
    /// because the npm emulator treats a falsy Pass <c>Result</c> (0) as absent.</summary>
    public static string ChoiceLoop() => """
        {"StartAt":"Init","States":{
          "Init":{"Type":"Pass","Result":1,"ResultPath":"$.i","Next":"Check"},
          "Check":{"Type":"Choice","Choices":[
             {"Variable":"$.i","NumericGreaterThan":LIMIT,"Next":"Done"},
             {"And":[{"Variable":"$.express","BooleanEquals":true},{"Variable":"$.orderId","StringMatches":"o-*"}],"Next":"Step"},
             {"Variable":"$.amount","NumericLessThan":0,"Next":"Done"}],"Default":"Step"},
          "Step":{"Type":"Pass","Parameters":{"orderId.$":"$.orderId","amount.$":"$.amount","items.$":"$.items","express.$":"$.express","i.$":"States.MathAdd($.i, 1)"},"Next":"Check"},
          "Done":{"Type":"Succeed"}}}
        """.Replace("LIMIT", LoopIterations.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Transitions of <see cref="ChoiceLoop"/>: Init, (Check, Step) per iteration, the last Check, Done.</summary>
    public const int ChoiceLoopTransitions = 1 + (2 * LoopIterations) + 2;

    /// <summary>A Map over 10,000 items with a Pass processor.</summary>
    public const string Map = """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
        """;

    public static string MapInput() =>
        "{\"items\":[" + string.Join(",", Enumerable.Range(0, MapItems).Select(i => "{\"id\":" + i + ",\"v\":\"x\"}")) + "]}";
}
