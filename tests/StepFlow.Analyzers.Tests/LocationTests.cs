using System.Threading.Tasks;
using StepFlow.Analyzers.Tests.Support;
using Xunit;

namespace StepFlow.Analyzers.Tests;

/// <summary>Diagnostics sit on the argument at fault, not on the class.</summary>
public sealed class LocationTests
{
    [Fact]
    public Task Unknown_transition_is_reported_on_the_Next_argument() => AnalyzerAssert.ReportsAsync("SF2001", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, [|Next = "Transfrom"|])] partial void Load();
            [Pass(End = true)] partial void Transform();
        }
        """);

    [Fact]
    public Task Retrier_range_is_reported_on_the_MaxAttempts_argument() => AnalyzerAssert.ReportsAsync("SF4005", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Resource = "arn:aws:states:::sns:publish", End = true)]
            [Retry("States.TaskFailed", [|MaxAttempts = -1|])]
            partial void Publish();
        }
        """);

    [Fact]
    public Task Fault_inside_JSON_text_is_reported_on_its_own_characters() => AnalyzerAssert.ReportsAsync("SF5003", """"
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, Parameters = """{"x.$": [|"foo"|]}""", End = true)]
            partial void Shape();
        }
        """");

    /// <summary>Objects the parser builds cannot repeat a name and are not compared; JSON text written in C# still is.</summary>
    [Fact]
    public Task Duplicate_key_inside_JSON_text_is_reported_on_the_repeated_value() => AnalyzerAssert.ReportsAsync("SF3026", """"
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, Parameters = """{"a": 1, "a": [|2|]}""", End = true)]
            partial void Shape();
        }
        """");

    [Fact]
    public Task States_ALL_is_reported_on_its_own_constructor_argument() => AnalyzerAssert.ReportsAsync("SF4002", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Resource = "arn:aws:states:::sns:publish", End = true)]
            [Retry("States.Timeout", [|"States.ALL"|])]
            partial void Publish();
        }
        """);

    [Fact]
    public Task Missing_end_is_reported_on_the_state_attribute() => AnalyzerAssert.ReportsAsync("SF3001", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [[|Pass(StartAt = true)|]] partial void Only();
        }
        """);

    [Fact]
    public Task Heartbeat_not_below_timeout_is_reported_on_HeartbeatSeconds() => AnalyzerAssert.ReportsAsync("SF3012", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Resource = "arn:aws:states:::sqs:sendMessage", TimeoutSeconds = 10, [|HeartbeatSeconds = 20|], End = true)]
            partial void Send();
        }
        """);

    [Fact]
    public Task Express_sync_is_reported_on_the_Resource() => AnalyzerAssert.ReportsAsync("SF7003", """
        using StepFlow;
        [StateMachine(Type = WorkflowType.Express)]
        public partial class Flow
        {
            [Task(StartAt = true, [|Resource = "arn:aws:states:::states:startExecution.sync:2"|], End = true)]
            partial void Child();
        }
        """);

    [Fact]
    public Task Choice_without_default_warns_on_the_Choice_attribute() => AnalyzerAssert.ReportsAsync("SF3015", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [[|Choice(StartAt = true)|]]
            [When("$.ok", BooleanEquals = true, Next = nameof(Done))]
            partial void Route();

            [Succeed] partial void Done();
        }
        """);

    [Fact]
    public Task Long_state_name_is_reported() => AnalyzerAssert.ReportsAsync("SF3008", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [[|Pass(StartAt = true, End = true, Name = "0123456789012345678901234567890123456789012345678901234567890123456789012345678901")|]]
            partial void Only();
        }
        """);
}
