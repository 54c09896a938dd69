//! One operation on one side of the comparison, as the operation-level passes (parameters, bodies,
//! responses) receive it.

use openapi_core::PathTemplate;

use crate::resolve::Node;

/// One operation on one side: its path template, its path item and the operation object.
#[derive(Debug, Clone)]
pub(crate) struct OpSide<'t, 'a> {
    pub template: &'t PathTemplate,
    pub item: Node<'a>,
    pub op: Node<'a>,
}
