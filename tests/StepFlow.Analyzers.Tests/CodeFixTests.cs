using System.Threading.Tasks;
using StepFlow.Analyzers.CodeFixes;
using StepFlow.Analyzers.Tests.Support;
using Xunit;

namespace StepFlow.Analyzers.Tests;

/// <summary>Each fix turns the broken source into the expected one, and the result analyzes clean for that id.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task Typo_in_a_transition_becomes_nameof_the_nearest_state() => AssertFixAsync(new StateNameFix(), """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, Next = "Transfrom")] partial void Load();
            [Pass(End = true)] partial void Transform();
        }
        """, """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, Next = nameof(Transform))] partial void Load();
            [Pass(End = true)] partial void Transform();
        }
        """, "SF2001");

    [Fact]
    public Task Missing_end_gets_End_true() => AssertFixAsync(new AddEndFix(), """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true)] partial void Only();
        }
        """, """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, End = true)] partial void Only();
        }
        """, "SF3001");

    [Fact]
    public Task Class_is_made_partial() => AssertFixAsync(new MakePartialFix(), """
        using StepFlow;
        [StateMachine]
        public class Flow
        {
            [Pass(StartAt = true, End = true)] void Only() { }
        }
        """, """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, End = true)] void Only() { }
        }
        """, "SF1001");

    [Fact]
    public Task Heartbeat_and_timeout_are_swapped() => AssertFixAsync(new HeartbeatTimeoutFix(), """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Resource = "arn:aws:states:::sqs:sendMessage", TimeoutSeconds = 10, HeartbeatSeconds = 20, End = true)]
            partial void Send();
        }
        """, """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Resource = "arn:aws:states:::sqs:sendMessage", TimeoutSeconds = 20, HeartbeatSeconds = 10, End = true)]
            partial void Send();
        }
        """, "SF3012");

    [Fact]
    public Task Unquoted_filter_word_in_a_path_argument_is_quoted() => AssertFixAsync(new QuoteFilterWordFix(), """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, InputPath = "$.results[?(@.status==Failure)]", End = true)]
            partial void Pick();
        }
        """, """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, InputPath = "$.results[?(@.status=='Failure')]", End = true)]
            partial void Pick();
        }
        """, "SF5023");

    [Fact]
    public Task Unquoted_filter_word_inside_JSON_text_is_quoted() => AssertFixAsync(new QuoteFilterWordFix(), """"
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, Parameters = """{"lang": "es", "text.$": "$.items[?(@.code==es)].text"}""", End = true)]
            partial void Pick();
        }
        """", """"
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, Parameters = """{"lang": "es", "text.$": "$.items[?(@.code=='es')].text"}""", End = true)]
            partial void Pick();
        }
        """", "SF5023");

    [Fact]
    public Task Choice_gets_a_Default_preferring_a_Fail_state() => AssertFixAsync(new AddDefaultFix(), """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Choice(StartAt = true)]
            [When("$.ok", BooleanEquals = true, Next = nameof(Done))]
            partial void Route();

            [Succeed] partial void Done();
            [Fail(Error = "Unexpected")] partial void Rejected();
        }
        """, """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Choice(StartAt = true, Default = nameof(Rejected))]
            [When("$.ok", BooleanEquals = true, Next = nameof(Done))]
            partial void Route();

            [Succeed] partial void Done();
            [Fail(Error = "Unexpected")] partial void Rejected();
        }
        """, "SF3015");

    [Fact]
    public Task States_ALL_retrier_is_moved_last() => AssertFixAsync(new MoveStatesAllLastFix(), """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Resource = "arn:aws:states:::sns:publish", End = true)]
            [Retry("States.ALL")]
            [Retry("States.Timeout", MaxAttempts = 5)]
            partial void Publish();
        }
        """, """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Resource = "arn:aws:states:::sns:publish", End = true)]
            [Retry("States.Timeout", MaxAttempts = 5)]
            [Retry("States.ALL")]
            partial void Publish();
        }
        """, "SF4002");

    private static async Task AssertFixAsync(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider provider, string before, string expected, string id)
    {
        var after = await CodeFixRunner.ApplyAsync(provider, before);
        Assert.Equal(expected.ReplaceLineEndings(), after.ReplaceLineEndings());
        var remaining = await TestCompilation.AnalyzeAsync(after);
        Assert.DoesNotContain(remaining, d => d.Id == id);
    }
}
