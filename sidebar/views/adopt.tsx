export function Adopt() {
  return <section><h1>Adopt</h1></section>;
}
