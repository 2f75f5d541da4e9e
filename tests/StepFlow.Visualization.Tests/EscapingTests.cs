using System.Text.RegularExpressions;
using StepFlow.Visualization.Tests.Support;
using Xunit;

namespace StepFlow.Visualization.Tests;

/// <summary>Untrusted text (payloads, errors, causes, even state names) must show as text and never become markup.</summary>
public sealed class EscapingTests
{
    private const string HostileName = "Evil </style><script>alert(1)</script> ]]> \"quoted\" & 'single' #x";

    private static readonly string HostileDefinition = """
        {"StartAt":"Evil </style><script>alert(1)</script> ]]> \"quoted\" & 'single' #x","States":{
          "Evil </style><script>alert(1)</script> ]]> \"quoted\" & 'single' #x":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
            "Catch":[{"ErrorEquals":["<img src=x onerror=alert(2)>"],"Next":"Done"}],"Next":"Done"},
          "Done":{"Type":"Succeed"}}}
        """;

    /// <summary>The page's own markup: everything outside the JSON data block and the page's own script.</summary>
    private static string Markup(string html) => Regex.Replace(html, "<script[^>]*>.*?</script>", "<script/>", RegexOptions.Singleline);

    private static string DataBlock(string html) => Regex.Match(html, "<script type=\"application/json\" id=\"sf-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public void Hostile_state_names_are_escaped_in_svg_html_and_mermaid()
    {
        WorkflowDiagram diagram = WorkflowDiagram.FromDefinition(HostileDefinition);

        string svg = diagram.ToSvg();
        Assert.DoesNotContain("<script>", svg);
        Assert.DoesNotContain("</style><", svg[(svg.IndexOf("</style>", System.StringComparison.Ordinal) + 8)..]);
        Assert.DoesNotContain("]]>", svg);
        Assert.DoesNotContain("<img", svg);
        Assert.Contains("Evil &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &quot;quoted&quot; &amp; &#39;single&#39;", svg);

        string html = diagram.ToHtml();
        Assert.Equal(2, Regex.Matches(html, "<script").Count);
        Assert.DoesNotContain("<img", Markup(html));
        Assert.DoesNotContain('<', DataBlock(html));
        Assert.Contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", DataBlock(html));

        string mermaid = diagram.ToMermaid();
        Assert.DoesNotContain("<script>", mermaid);
        Assert.Contains("Evil #lt;/style#gt;#lt;script#gt;alert(1)#lt;/script#gt; ]]#gt; #quot;quoted#quot; #amp; 'single' #35;x", mermaid);
    }

    [Fact]
    public void Hostile_payloads_errors_and_causes_stay_inside_the_inert_data_block()
    {
        string html = ExecutionReport.Create(TestInputs.Definition("order-fulfilment"), TestInputs.History("order-failed-caught")).ToHtml();

        Assert.Equal(2, Regex.Matches(html, "<script").Count);
        Assert.Equal(2, Regex.Matches(html, "</script>").Count);
        Assert.Single(Regex.Matches(html, "</style>"));
        Assert.DoesNotContain("__pwned", Markup(html));
        string data = DataBlock(html);
        Assert.DoesNotContain('<', data);
        Assert.DoesNotContain('>', data);
        Assert.Contains("\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e\\u003c/style\\u003e]]\\u003e\\u003cimg src=x onerror=", data);
        Assert.Contains("Card declined: \\u003cscript\\u003ewindow.__pwned=3", data);
    }

    [Fact]
    public void The_page_loads_nothing_from_the_network_and_allows_only_its_own_script()
    {
        string html = ExecutionReport.Create(TestInputs.Definition("order-fulfilment"), TestInputs.History("order-failed-caught")).ToHtml();

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Matches("Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'\"", html);
    }

    [Fact]
    public void Oversized_payloads_are_cut()
    {
        string big = new('x', 100_000);
        string history = "[{\"type\":\"ExecutionStarted\",\"id\":1,\"previousEventId\":0,\"executionStartedEventDetails\":{\"input\":\"\\\"" + big + "\\\"\"}}]";

        string html = ExecutionReport.Create(TestInputs.Definition("batch-items"), history).ToHtml();

        Assert.Contains("more characters cut from this report", html);
        Assert.True(html.Length < 100_000, $"report is {html.Length} characters");
    }
}
