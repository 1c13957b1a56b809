export default function Home() {
  return <main><h1>Tandem</h1></main>;
}
