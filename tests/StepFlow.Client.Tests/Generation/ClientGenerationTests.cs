using System.Linq;
using Xunit;

namespace StepFlow.Client.Tests.Generation;

/// <summary>The generated clients: checked-in snapshots, and what compiles against them.</summary>
public sealed class ClientGenerationTests
{
    [Fact]
    public void Standard_workflow_client_matches_its_snapshot()
    {
        var result = GeneratorHarness.Run(WorkflowSources.Checkout("Standard"));

        Assert.Empty(result.Errors);
        Snapshot.Verify("CheckoutWorkflow.Client", result.Client!);
    }

    [Fact]
    public void Untyped_express_workflow_client_matches_its_snapshot()
    {
        var result = GeneratorHarness.Run(WorkflowSources.Untyped);

        Assert.Empty(result.Errors);
        Snapshot.Verify("EchoWorkflow.Client", result.Client!);
    }

    [Fact]
    public void StartSyncExecutionAsync_does_not_compile_on_a_standard_workflow()
    {
        var result = GeneratorHarness.Run(WorkflowSources.Checkout("Standard") + CallStartSync);

        var error = Assert.Single(result.Errors);
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("StartSyncExecutionAsync", error.GetMessage());
    }

    [Fact]
    public void StartSyncExecutionAsync_compiles_on_an_express_workflow()
    {
        var result = GeneratorHarness.Run(WorkflowSources.Checkout("Express") + CallStartSync);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Callbacks_are_typed_by_the_declared_output_type()
    {
        var result = GeneratorHarness.Run(WorkflowSources.Checkout("Standard") + """

            namespace Shop
            {
                public static class WrongCallback
                {
                    public static System.Threading.Tasks.Task Send(CheckoutWorkflowClient client) => client.Callbacks.AwaitApproval.SendTaskSuccessAsync("token", new Receipt("x", 1m));
                }
            }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal("CS1503", error.Id);
    }

    [Fact]
    public void Input_and_output_types_are_inferred_from_the_task_methods()
    {
        var result = GeneratorHarness.Run(WorkflowSources.Checkout("Standard"));

        Assert.Contains("StateMachineClient<global::Shop.Order, global::Shop.Receipt>", result.Client);
        Assert.Contains("public const string CheckoutRejected = \"Checkout.Rejected\";", result.Client);
        Assert.Contains("public const string StatesTimeout = \"States.Timeout\";", result.Client);
        Assert.DoesNotContain("ReflectionPayloadSerializer", result.Client);
    }

    [Fact]
    public void Without_a_serializer_context_the_client_is_marked_for_the_trimmer()
    {
        var result = GeneratorHarness.Run(WorkflowSources.Untyped);

        Assert.Contains("RequiresUnreferencedCode", result.Client);
        Assert.Contains("RequiresDynamicCode", result.Client);
        Assert.Contains("internal sealed partial class EchoWorkflowClient", result.Client);
        Assert.True(result.Output.SyntaxTrees.Count() >= 3);
    }

    private const string CallStartSync = """

        namespace Shop
        {
            public static class Caller
            {
                public static System.Threading.Tasks.Task Run(CheckoutWorkflowClient client) => client.StartSyncExecutionAsync(new Order("o", 1));
            }
        }
        """;
}
