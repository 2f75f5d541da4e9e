using StepFlow.Ports.Tests.Workflows;
using Xunit;

namespace StepFlow.Ports.Tests;

/// <summary>
/// Each port's generated ASL must equal the real-world original as JSON: key order aside, every string, number,
/// null and ${placeholder} the same. A failure names the first differing JSON path.
/// </summary>
public sealed class PortedDefinitionTests
{
    private const string Collection = "step-functions-workflows-collection__";

    [Theory]
    [InlineData(Collection + "quorum-with-parallel-pattern__statemachine__statemachine.asl.json", QuorumWithParallelPatternWorkflow.AslDefinition)]
    [InlineData(Collection + "account-vending-machine__statemachine__statemachine.asl.json", AccountVendingMachineWorkflow.AslDefinition)]
    [InlineData(Collection + "curbside-pickup__statemachine__statemachine.asl.json", CurbsidePickupWorkflow.AslDefinition)]
    [InlineData(Collection + "distributed-data-stream-aggregator__statemachine__statemachine.asl.json", DistributedDataStreamAggregatorWorkflow.AslDefinition)]
    [InlineData("aws-stepfunctions-examples__sam__app-dataquality-using-lambda__statemachine__dataquality.asl.json", DataQualityUsingLambdaWorkflow.AslDefinition)]
    [InlineData(Collection + "s3-bucket-nested-distributed-map__statemachine__statemachine.asl.json", S3BucketNestedDistributedMapWorkflow.AslDefinition)]
    [InlineData(Collection + "either-or-parallel-pattern__statemachine__statemachine.asl.json", EitherOrParallelPatternWorkflow.AslDefinition)]
    [InlineData("serverless-patterns__eventbridge-stepfunction-lambda-getfunctionstatus__statemachine__definition.asl.json", LambdaFunctionStatusWorkflow.AslDefinition)]
    [InlineData(Collection + "sfn-cfn-stacksets-workflow-cdk__statemachine__statemachine.asl.json", CloudFormationStackSetsWorkflow.AslDefinition)]
    [InlineData(Collection + "uml-statemachine__statemachine__BlogServiceRequestSM.asl.json", BlogServiceRequestWorkflow.AslDefinition)]
    [InlineData(Collection + "data-processing__cdk__statemachine__statemachine.asl.json", ImageDataProcessingWorkflow.AslDefinition)]
    [InlineData(Collection + "idempotent-workflow__statemachine__statemachine.asl.json", IdempotentWorkflow.AslDefinition)]
    public void Generated_definition_equals_the_original(string originalFile, string generated)
    {
        var difference = JsonEquivalence.FirstDifference(RealWorldCorpus.Read(originalFile), generated);

        Assert.True(difference is null, originalFile + " differs from the generated ASL at " + difference);
    }
}
