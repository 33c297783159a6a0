//! Bytecode: the opcode table, code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::{Code, ExcHandler, Instr};
pub use opcodes::{ArgKind, CORE_OPCODES, Flow, Handler, OpInfo, Opcode};

/// Metadata of an opcode number, core or extension.
pub fn op_info(op: u16) -> &'static OpInfo {
    let core = CORE_OPCODES.len();
    if (op as usize) < core {
        &CORE_OPCODES[op as usize]
    } else {
        crate::extension::ext_opcodes()[op as usize - core]
    }
}
