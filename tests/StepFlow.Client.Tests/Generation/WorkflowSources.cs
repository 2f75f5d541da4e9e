namespace StepFlow.Client.Tests.Generation;

/// <summary>Workflow classes the generation tests compile.</summary>
internal static class WorkflowSources
{
    /// <summary>Payload types, and a context standing in for a source-generated one (only its shape matters here).</summary>
    public const string Models = """
        namespace Shop
        {
            public sealed record Order(string Id, int Quantity);
            public sealed record Receipt(string OrderId, decimal Total);
            public sealed record Approval(bool Approved);
            internal sealed class ShopJson : System.Text.Json.Serialization.JsonSerializerContext
            {
                public ShopJson() : base(null) { }
                public static ShopJson Default { get; } = new();
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
            }
        }
        """;

    /// <summary>
    /// A workflow with a callback (Standard only: AWS rejects .waitForTaskToken in Express machines, so the Express
    /// variant sends its message without waiting), a Fail state and a serializer context.
    /// </summary>
    public static string Checkout(string type) => Callback(type, Models + """

        namespace Shop
        {
            using System.Threading.Tasks;
            using StepFlow;

            [StateMachine(Type = WorkflowType.__TYPE__, SerializerContext = typeof(ShopJson), TimeoutSeconds = 300)]
            public partial class CheckoutWorkflow
            {
                [Task(StartAt = true, Next = "Await approval")]
                [Retry("Payments.Declined", MaxAttempts = 2)]
                [Catch("States.ALL", Next = nameof(Rejected))]
                public async Task<Receipt> Charge(Order order) { await Task.Yield(); return new Receipt(order.Id, order.Quantity * 3m); }

                [Task(Name = "Await approval", Resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      Parameters = "{\"QueueUrl\": \"q\", \"MessageBody\": {\"TaskToken.$\": \"$$.Task.Token\"}}",
                      OutputType = typeof(Approval), ResultPath = null, End = true)]
                partial void AwaitApproval();

                [Fail(Error = "Checkout.Rejected", Cause = "payment failed")]
                partial void Rejected();
            }
        }
        """.Replace("__TYPE__", type));

    private static string Callback(string type, string source) => type != "Express" ? source : source
        .Replace("sqs:sendMessage.waitForTaskToken", "sqs:sendMessage")
        .Replace("{\\\"TaskToken.$\\\": \\\"$$.Task.Token\\\"}", "\\\"approve\\\"")
        .Replace("OutputType = typeof(Approval), ", string.Empty);

    /// <summary>No context: reflection serialization, annotated for the trimmer.</summary>
    public const string Untyped = """
        namespace Plain
        {
            using StepFlow;

            [StateMachine(Type = WorkflowType.Express)]
            internal partial class EchoWorkflow
            {
                [Pass(StartAt = true, End = true)]
                partial void Echo();
            }
        }
        """;
}
